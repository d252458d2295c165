// @vitest-environment node
// Hostile files (issue 15): each is refused with its own German message, naming the record, or, where
// that is safe, repaired deterministically. A record with a stamp or a day that does not exist is
// left out and named (defect 6): it is damage to one record, not a reason to refuse the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EXTRA_DEPTH, MAX_EXTRA_SIZE } from '../../src/boardfile/format';
import { parseBoardFile, type SkippedRecord } from '../../src/boardfile/parse';
import { serializeBoardFile } from '../../src/boardfile/serialize';
import { sortChecklist } from '../../src/domain/items';
import { mergeChecklist } from '../../src/domain/merge';
import type { ChecklistEntry } from '../../src/domain/types';
import { formatHlc, parseHlc } from '../../src/domain/hlc';
import { de } from '../../src/i18n/importPreview';
import {
  deeplyNestedExtra,
  fileAttachment,
  fileEntry,
  fileStandup,
  IMPOSSIBLE_DAYS,
  impossiblePublishDate,
  itemsOf,
  nestedJson,
  patchedFile,
  UNREAL_STAMP,
  unrealItemStamp,
  withByteOrderMark,
  withExtraField,
} from './hostileFiles';
import { sampleFile } from './makeFixture';

type Json = Record<string, unknown>;

const errorOf = (text: string) => {
  const result = parseBoardFile(text);
  return result.ok ? null : result.error;
};

/** The records of the file that were left out, or the file's refusal. */
const skippedOf = (text: string) => {
  const result = parseBoardFile(text);
  return result.ok ? result.skipped : result.error;
};
/** The records left out of a file that must be read. */
const skippedList = (text: string): SkippedRecord[] => {
  const skipped = skippedOf(text);
  if (!Array.isArray(skipped)) throw new Error(`refused: ${skipped.kind}`);
  return skipped;
};
/** The problem of the only record left out, or 'accepted'. */
const problemOf = (text: string) => {
  const skipped = skippedOf(text);
  if (!Array.isArray(skipped)) return skipped.kind;
  return skipped.length === 0 ? 'accepted' : skipped.map((s) => s.problem).join();
};

const ITEM_1 = { list: 'items', index: 0, id: 'item-1', label: 'Wasserampel steht auf Gelb' } as const;

/** Independent model of a real UTC instant written as yyyy-MM-ddTHH:mm:ss.SSSZ. */
function isRealInstant(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days && h < 24 && mi < 60 && s < 60;
}

/** Two digits, half of the time within the usual range (so real and unreal times both come up). */
const digits = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.integer({ min: 0, max: 99 }));

const pad = (n: number, width: number) => n.toString().padStart(width, '0');

describe('stamps that are not a real time (defect 3)', () => {
  it('leaves out an item with a clock of month 99 and names the item and the field', () => {
    expect(skippedOf(unrealItemStamp())).toEqual([
      { record: ITEM_1, field: 'clocks.title', problem: 'impossibleStamp' },
    ]);
    const result = parseBoardFile(unrealItemStamp());
    expect(result.ok && result.value.items.map((i) => i.id)).toEqual(['item-2']);
  });

  it.each([
    ['30 February', '2026-02-30T08:00:00.000Z-0000-aaaa'],
    ['hour 24', '2026-11-25T24:00:00.000Z-0000-aaaa'],
    ['second 60', '2026-11-25T08:00:60.000Z-0000-aaaa'],
  ])('refuses a stamp on %s (Date.parse would roll it over)', (_name, stamp) => {
    expect(problemOf(patchedFile((f) => ((itemsOf(f)[0]!.clocks as Json).title = stamp)))).toBe(
      'impossibleStamp',
    );
  });

  it('names the record in every list: checklist entry, channel, member, stand-up', () => {
    const [entry] = skippedList(
      patchedFile((f) => {
        itemsOf(f)[1]!.checklist = [
          { id: 'check-1', label: 'Foto', done: false, deleted: false, clock: UNREAL_STAMP },
        ];
      }),
    );
    expect(entry).toMatchObject({
      problem: 'impossibleStamp',
      record: { list: 'items', index: 1, id: 'item-2' },
      field: 'checklist.0.clock',
    });
    const [channel] = skippedList(
      patchedFile((f) => (((f.channels as Json[])[0]!.clocks as Json).name = UNREAL_STAMP)),
    );
    expect(channel).toEqual({
      problem: 'impossibleStamp',
      record: { list: 'channels', index: 0, id: 'channel-instagram', label: 'Instagram' },
      field: 'clocks.name',
    });
    const [member] = skippedList(
      patchedFile((f) => (((f.members as Json[])[0]!.clocks as Json).rank = UNREAL_STAMP)),
    );
    expect(member).toMatchObject({ record: { list: 'members', id: 'member-1', label: 'Anna Becker' } });
    const [standup] = skippedList(
      patchedFile(
        (f) =>
          (f.standups = [
            {
              id: 'standup-1',
              day: '2026-11-25',
              startedAt: 0,
              endedAt: 1,
              durationMs: 1,
              notes: '',
              decisions: [],
              deleted: false,
              clock: UNREAL_STAMP,
            },
          ]),
      ),
    );
    expect(standup).toMatchObject({
      record: { list: 'standups', id: 'standup-1', label: '2026-11-25' },
      field: 'clock',
    });
  });

  it('says so in German, naming the record', () => {
    const [skipped] = skippedList(unrealItemStamp());
    expect(de.skipped.line(skipped!)).toBe(
      'Beitrag „Wasserampel steht auf Gelb“ (ID item-1): Zeitstempel clocks.title nennt eine Uhrzeit, die es nicht gibt',
    );
  });

  it('every real stamp round-trips through the file and the clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.parse('9999-12-31T23:59:59.999Z') }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.stringMatching(/^[0-9a-f]{16}$/),
        (millis, counter, node) => {
          const stamp = formatHlc({ millis, counter, node });
          expect(parseHlc(stamp)).toEqual({ millis, counter, node });
          const result = parseBoardFile(patchedFile((f) => ((itemsOf(f)[0]!.clocks as Json).title = stamp)));
          expect(result.ok && result.value.items[0]!.clocks.title).toBe(stamp);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a stamp of the right shape is accepted exactly when its time exists', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        digits(1, 12),
        digits(1, 31),
        digits(0, 23),
        digits(0, 59),
        digits(0, 59),
        fc.integer({ min: 0, max: 999 }),
        (y, mo, d, h, mi, s, ms) => {
          const stamp = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z-0000-aaaa`;
          const real = isRealInstant(y, mo, d, h, mi, s);
          expect(parseHlc(stamp) !== null).toBe(real);
          const problem = problemOf(patchedFile((f) => ((itemsOf(f)[0]!.clocks as Json).title = stamp)));
          expect(problem).toBe(real ? 'accepted' : 'impossibleStamp');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('days that do not exist (defect 4)', () => {
  it.each(IMPOSSIBLE_DAYS)('leaves out the item with publish date %s and names it', (day) => {
    expect(skippedOf(impossiblePublishDate(day))).toEqual([
      { record: ITEM_1, field: 'publishDate', problem: 'impossibleDate' },
    ]);
  });

  it.each(IMPOSSIBLE_DAYS)('refuses %s as stand-up day and as consent date', (day) => {
    expect(skippedOf(patchedFile((f) => (f.standups = [fileStandup({ day })])))).toEqual([
      {
        problem: 'impossibleDate',
        record: { list: 'standups', index: 0, id: 'standup-1', label: day },
        field: 'day',
      },
    ]);
    for (const field of ['peopleConsentDate', 'guardianConsentDate'])
      expect(
        skippedOf(patchedFile((f) => (itemsOf(f)[1]!.attachments = [fileAttachment({ [field]: day })]))),
      ).toMatchObject([
        {
          problem: 'impossibleDate',
          record: { list: 'items', index: 1, id: 'item-2' },
          field: `attachments.0.${field}`,
        },
      ]);
  });

  it('reads real days, leap days included, and says the refusal in German', () => {
    const leap = parseBoardFile(
      patchedFile((f) => {
        itemsOf(f)[0]!.publishDate = '2028-02-29';
        itemsOf(f)[1]!.attachments = [fileAttachment()];
        f.standups = [fileStandup()];
      }),
    );
    expect(leap.ok && leap.value.items[0]!.publishDate).toBe('2028-02-29');
    expect(leap.ok && leap.skipped).toEqual([]);
    const [skipped] = skippedList(impossiblePublishDate());
    expect(de.skipped.line(skipped!)).toBe(
      'Beitrag „Wasserampel steht auf Gelb“ (ID item-1): Veröffentlichung ist ein Datum, das es nicht gibt',
    );
  });

  it('a day of the right shape is accepted exactly when it is a real day from 1900 to 2200', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 9999 })),
        digits(1, 12),
        digits(1, 31),
        (y, m, d) => {
          const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const real = y >= 1900 && y <= 2200 && isRealInstant(y, m, d, 0, 0, 0);
          const problem = problemOf(patchedFile((f) => (itemsOf(f)[0]!.publishDate = day)));
          expect(problem).toBe(real ? 'accepted' : 'impossibleDate');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('byte order mark and duplicate checklist entries (defect 10)', () => {
  it('reads a file that starts with a UTF-8 byte order mark', () => {
    const file = sampleFile();
    const result = parseBoardFile(withByteOrderMark(serializeBoardFile(file)));
    expect(result.ok && result.value).toEqual(file);
  });

  it('still calls a cut-off file with a byte order mark truncated', () => {
    expect(errorOf(`\uFEFF${serializeBoardFile(sampleFile()).slice(0, 500)}`)?.kind).toBe('truncated');
  });

  const later = '2026-11-25T09:00:00.000Z-0000-bbbbbbbbbbbbbbbb';
  const earlier = '2026-11-25T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';

  it('keeps one entry per id within an item: the one with the later clock, in either order', () => {
    for (const order of [
      [fileEntry('check-1', 'Foto freigeben', earlier), fileEntry('check-1', 'Foto freigegeben', later)],
      [fileEntry('check-1', 'Foto freigegeben', later), fileEntry('check-1', 'Foto freigeben', earlier)],
    ]) {
      const result = parseBoardFile(
        patchedFile((f) => (itemsOf(f)[0]!.checklist = [...order, fileEntry('check-2', 'Text', earlier)])),
      );
      expect(result.ok && result.value.items[0]!.checklist.map((e) => [e.id, e.label])).toEqual([
        ['check-1', 'Foto freigegeben'],
        ['check-2', 'Text'],
      ]);
    }
  });

  it('keeps one attachment per id within an item, the later one', () => {
    const result = parseBoardFile(
      patchedFile(
        (f) =>
          (itemsOf(f)[0]!.attachments = [
            fileAttachment({ creator: 'Anna Becker', clock: later }),
            fileAttachment({ creator: 'Unbekannt', clock: earlier }),
          ]),
      ),
    );
    expect(result.ok && result.value.items[0]!.attachments!.map((a) => a.creator)).toEqual(['Anna Becker']);
  });

  it('repairs duplicates exactly as merging them would, whatever their order', () => {
    const entryArb = fc.record({
      id: fc.constantFrom('check-1', 'check-2', 'check-3'),
      label: fc.constantFrom('Foto', 'Text', 'Freigabe'),
      done: fc.boolean(),
      rank: fc.constantFrom('a0', 'a1'),
      deleted: fc.boolean(),
      clock: fc.constantFrom(earlier, later),
    });
    fc.assert(
      fc.property(
        fc
          .array(entryArb, { maxLength: 8 })
          .chain((entries) =>
            fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length })),
          ),
        ([entries, shuffled]) => {
          const read = (list: ChecklistEntry[]) => {
            const result = parseBoardFile(patchedFile((f) => (itemsOf(f)[0]!.checklist = list)));
            if (!result.ok) throw new Error(result.error.kind);
            return result.value.items[0]!.checklist;
          };
          const repaired = read(entries);
          expect(new Set(repaired.map((e) => e.id)).size).toBe(repaired.length);
          expect(sortChecklist(read(shuffled))).toEqual(sortChecklist(repaired));
          // The same as merging each entry in as if it came from its own file.
          const merged = entries.reduce<ChecklistEntry[]>((acc, e) => mergeChecklist(acc, [e]), []);
          if (new Set(entries.map((e) => e.id)).size !== entries.length) expect(repaired).toEqual(merged);
          else expect(repaired).toEqual(entries);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('unknown extra fields are bounded (defect 5, the schema half)', () => {
  it('refuses an item with an unknown field nested 10,000 levels deep, naming the item and the field', () => {
    expect(errorOf(deeplyNestedExtra())).toEqual({
      kind: 'extraTooLarge',
      detail: 'items.0.futureField (Wasserampel steht auf Gelb)',
      record: ITEM_1,
      field: 'futureField',
      bound: 'depth',
    });
  });

  it(`keeps an unknown field ${MAX_EXTRA_DEPTH} levels deep and refuses one level more`, () => {
    const kept = parseBoardFile(withExtraField(nestedJson(MAX_EXTRA_DEPTH)));
    expect(kept.ok).toBe(true);
    if (kept.ok) {
      let level: unknown = (kept.value.items[0] as unknown as Json).futureField;
      let depth = 0;
      for (; typeof level === 'object' && level !== null; depth++) level = (level as Json).x;
      expect(depth).toBe(MAX_EXTRA_DEPTH);
    }
    expect(errorOf(withExtraField(nestedJson(MAX_EXTRA_DEPTH + 1)))?.bound).toBe('depth');
    expect(errorOf(withExtraField(`[${nestedJson(MAX_EXTRA_DEPTH)}]`))?.bound).toBe('depth');
  });

  it('bounds the file header, channels and checklist entries too, naming where', () => {
    const deep = nestedJson(10_000);
    expect(errorOf(withExtraField(deep, 'header'))).toEqual({
      kind: 'extraTooLarge',
      detail: 'futureField',
      record: {},
      field: 'futureField',
      bound: 'depth',
    });
    expect(errorOf(withExtraField(deep, 'channels'))).toMatchObject({
      record: { list: 'channels', id: 'channel-instagram', label: 'Instagram' },
      field: 'futureField',
    });
    expect(errorOf(withExtraField(deep, 'checklist'))).toMatchObject({
      record: ITEM_1,
      field: 'checklist.0.futureField',
    });
  });

  it(`refuses unknown fields over ${MAX_EXTRA_SIZE} units in one record`, () => {
    const longText = JSON.stringify('x'.repeat(MAX_EXTRA_SIZE));
    expect(errorOf(withExtraField(longText))).toMatchObject({ kind: 'extraTooLarge', bound: 'size' });
    expect(errorOf(withExtraField(`[${'0,'.repeat(MAX_EXTRA_SIZE)}0]`))?.bound).toBe('size');
    // Each field alone is within the bound, together (one item and its entries) they are not.
    const half = JSON.stringify('x'.repeat(MAX_EXTRA_SIZE / 2));
    expect(errorOf(withExtraField(half).replace('"title":', `"second":${half},"title":`))?.bound).toBe(
      'size',
    );
    expect(parseBoardFile(withExtraField(half)).ok).toBe(true);
  });

  it('is not fooled into "truncated" when the deep file also holds text that needs the key check', () => {
    // "constructor" and \u escapes make the parser look at every key; that look must not recurse.
    const text = deeplyNestedExtra().replace('bleibt Text', 'bleibt Text constructor \\u00e4');
    expect(errorOf(text)?.kind).toBe('extraTooLarge');
    const million = withExtraField(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`, 'items', 'prototypeX');
    expect(errorOf(million)).toMatchObject({ kind: 'extraTooLarge', bound: 'depth', field: 'prototypeX' });
  });

  it('says so in German, with the bounds', () => {
    expect(de.errors.extraTooLarge).toContain(`mehr als ${MAX_EXTRA_DEPTH} Ebenen`);
    expect(de.errors.extraTooLarge).toContain('mehr als 1.000.000 Zeichen');
    expect(de.errors.extraTooLarge).toContain('Es wurde nichts geändert.');
    expect(de.errorRecord(errorOf(deeplyNestedExtra())!)).toBe(
      'Betroffen: Beitrag „Wasserampel steht auf Gelb“ (ID item-1), Feld futureField',
    );
  });
});
