// @vitest-environment node
// One broken record no longer blocks the whole file (issue 15, defect 6): the records that fail are
// left out and listed, with the reason, and the rest is read. File-level damage still refuses it all.
import { describe, expect, it } from 'vitest';
import { parseBoardFile } from '../../src/boardfile/parse';
import { prepareBoardFile } from '../../src/boardfile/prepare';
import { serializeBoardFile } from '../../src/boardfile/serialize';
import { de } from '../../src/i18n/importPreview';
import {
  fileAttachment,
  fileStandup,
  itemsOf,
  patchedFile,
  twoBrokenItems,
  UNREAL_STAMP,
} from './hostileFiles';
import { sampleFile } from './makeFixture';

type Json = Record<string, unknown>;

const NOW = Date.parse('2026-11-25T10:00:00Z');
const EMPTY = { items: [], channels: [], members: [], standups: [] };

function read(text: string) {
  const result = parseBoardFile(text);
  if (!result.ok) throw new Error(`refused: ${result.error.kind}`);
  return result;
}

describe('records that cannot be read are left out, the rest is read (defect 6)', () => {
  it('reads the two good items of a file with two broken ones and names the broken ones', () => {
    const text = twoBrokenItems();
    const result = read(text);
    const inFile = itemsOf(JSON.parse(text) as Json);
    expect(result.value.items.map((i) => i.id)).toEqual(['item-1', 'item-2']);
    expect(result.value.items).toEqual([inFile[0], inFile[2]]);
    expect(result.skipped).toEqual([
      {
        record: { list: 'items', index: 1, id: 'item-3' },
        field: 'title',
        problem: 'missing',
      },
      {
        record: { list: 'items', index: 3, id: 'item-4', label: 'Stadtfest Programm' },
        field: 'publishDate',
        problem: 'impossibleDate',
      },
    ]);
  });

  it('says so in German, with each record and its reason', () => {
    const { skipped } = read(twoBrokenItems());
    expect(de.skipped.heading('items', 2)).toBe('2 Beiträge konnten nicht gelesen werden');
    expect(de.skipped.heading('items', 1)).toBe('1 Beitrag konnte nicht gelesen werden');
    expect(skipped.map(de.skipped.line)).toEqual([
      'Beitrag Nr. 2 (ID item-3): Titel fehlt',
      'Beitrag „Stadtfest Programm“ (ID item-4): Veröffentlichung ist ein Datum, das es nicht gibt',
    ]);
    expect(de.skipped.explain).toMatch(/nicht übernommen/);
  });

  it('a clock stamp that is no real time leaves out its record, naming it (defect 3)', () => {
    const result = read(
      patchedFile((f) => (((f.channels as Json[])[0]!.clocks as Json).name = UNREAL_STAMP)),
    );
    expect(result.value.channels).toEqual([]);
    expect(result.value.items).toHaveLength(2);
    expect(result.skipped).toEqual([
      {
        record: { list: 'channels', index: 0, id: 'channel-instagram', label: 'Instagram' },
        field: 'clocks.name',
        problem: 'impossibleStamp',
      },
    ]);
    expect(de.skipped.line(result.skipped[0]!)).toBe(
      'Kanal „Instagram“ (ID channel-instagram): Zeitstempel clocks.name nennt eine Uhrzeit, die es nicht gibt',
    );
  });

  it('an impossible consent date leaves out the item that holds the attachment (defect 4)', () => {
    const result = read(
      patchedFile(
        (f) => (itemsOf(f)[1]!.attachments = [fileAttachment({ guardianConsentDate: '2026-13-45' })]),
      ),
    );
    expect(result.value.items.map((i) => i.id)).toEqual(['item-1']);
    expect(result.skipped[0]).toMatchObject({
      record: { list: 'items', index: 1, id: 'item-2' },
      field: 'attachments.0.guardianConsentDate',
      problem: 'impossibleDate',
    });
  });

  it('leaves out a stand-up record, a member and an entry that is no record at all', () => {
    const result = read(
      patchedFile((f) => {
        f.standups = [fileStandup({ day: '2026-02-30' }), fileStandup({ id: 'standup-2' })];
        (f.members as Json[])[0]!.retired = 'ja';
        itemsOf(f).push(null as unknown as Json);
      }),
    );
    expect(result.value.standups!.map((s) => s.id)).toEqual(['standup-2']);
    expect(result.value.members).toEqual([]);
    expect(result.value.items).toHaveLength(2);
    expect(result.skipped.map((s) => [s.record.list, s.record.index, s.field, s.problem])).toEqual([
      ['items', 2, '', 'invalid'],
      ['members', 0, 'retired', 'invalid'],
      ['standups', 0, 'day', 'impossibleDate'],
    ]);
    expect(de.skipped.line(result.skipped[0]!)).toBe('Beitrag Nr. 3: kein lesbarer Eintrag');
    expect(de.skipped.line(result.skipped[1]!)).toBe(
      'Person „Anna Becker“ (ID member-1): retired ist ungültig',
    );
  });

  it('a good file has nothing left out', () => {
    expect(read(serializeBoardFile(sampleFile())).skipped).toEqual([]);
  });

  it('still refuses the whole file for hostile keys, a newer version, huge strings and a bad header', () => {
    const broken = JSON.parse(twoBrokenItems()) as Json;
    const kindOf = (patch: (f: Json) => void) => {
      const file = structuredClone(broken);
      patch(file);
      const result = parseBoardFile(JSON.stringify(file));
      return result.ok ? 'accepted' : result.error.kind;
    };
    expect(kindOf((f) => (itemsOf(f)[0]!['constructor' as string] = 1))).toBe('hostileKeys');
    expect(
      (() => {
        const result = parseBoardFile(
          twoBrokenItems().replace('"title":', '"__proto__": {"polluted": true}, "title":'),
        );
        return result.ok ? 'accepted' : result.error.kind;
      })(),
    ).toBe('hostileKeys');
    expect(kindOf((f) => (f.formatVersion = 7))).toBe('tooNew');
    expect(kindOf((f) => (itemsOf(f)[0]!.brief = 'x'.repeat(300_000)))).toBe('invalidRecords');
    expect(kindOf((f) => (f.items = 'keine Liste'))).toBe('invalidRecords');
    expect(kindOf((f) => delete f.exportedAt)).toBe('invalidRecords');
  });
});

describe('the prepared import is truthful about what it leaves out', () => {
  it('counts and writes only the records that were read; the broken ones are listed, not written', () => {
    const { result } = prepareBoardFile(twoBrokenItems(), EMPTY, NOW, {});
    if (!result.ok) throw new Error(result.error.kind);
    const prepared = result.value;
    expect(prepared.preview.newItems).toBe(2);
    expect(prepared.writes.items.map((i) => i.id).sort()).toEqual(['item-1', 'item-2']);
    expect(prepared.skipped.map((s) => s.record.id)).toEqual(['item-3', 'item-4']);
  });

  it('leaves a local copy of a broken record as it is', () => {
    const text = twoBrokenItems();
    const { items, channels, members } = read(text).value;
    const localItem4 = { ...items[0]!, id: 'item-4', title: 'Stadtfest Programm (hier)', rank: 'b0' };
    const local = { items: [...items, localItem4], channels, members, standups: [] };
    const { result } = prepareBoardFile(text, local, NOW, {});
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.writes.items).toEqual([]);
    expect(result.value.preview.unchangedItems).toBe(3);
    expect(result.value.skipped).toHaveLength(2);
  });
});
