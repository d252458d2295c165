// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/boardfile/format';
import { parseBoardFile } from '../../src/boardfile/parse';
import { boardFileName, serializeBoardFile } from '../../src/boardfile/serialize';
import { makeStandup } from '../domain/fixtures';
import { sampleFile } from './makeFixture';

// Real exports of other tools live in ../shared/fixtures beside the checkout (not copied in: some are
// AGPL-3.0). A fresh clone has no such folder: those cases are skipped, and the project's own
// hand-written fixtures under tests/boardfile/fixtures cover the same rules.
const sharedFixtures = path.join(process.cwd(), '../shared/fixtures');
const haveShared = existsSync(sharedFixtures);
if (!haveShared) console.warn(`skipped: real-world exports (${sharedFixtures} is not beside this checkout)`);
const ownFixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'tests/boardfile/fixtures', name), 'utf8');

const sample = sampleFile();
const good = () => serializeBoardFile(sample);
const withFile = (patch: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(good()) as Record<string, unknown>;
  patch(file);
  return JSON.stringify(file);
};
const errorOf = (text: string) => {
  const result = parseBoardFile(text);
  return result.ok ? null : result.error;
};

describe('board file parsing', () => {
  it('reads back exactly what was written, script text included as plain text', () => {
    const result = parseBoardFile(good());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(sample);
    expect(result.value.items.find((i) => i.id === 'item-2')!.title).toBe(
      '<script>alert(1)</script> bleibt Text',
    );
  });

  it('reads the shipped version 1 fixture', () => {
    const result = parseBoardFile(ownFixture('v1.redaktionsplan.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.items.map((i) => i.title)).toContain('Wasserampel steht auf Gelb');
  });

  it('keeps unknown extra fields instead of dropping them', () => {
    const result = parseBoardFile(
      withFile((f) => {
        (f.items as Record<string, unknown>[])[0]!.futureField = { keep: true };
      }),
    );
    expect(result.ok && (result.value.items[0] as unknown as Record<string, unknown>).futureField).toEqual({
      keep: true,
    });
  });

  it('reads stand-up records with their decisions, keeping unknown extra fields', () => {
    const record = {
      ...makeStandup('standup-1', '2026-11-25T08:20:00.000Z-0000-aaaaaaaaaaaaaaaa', {
        notes: 'Gasleck: Fenster geschlossen halten',
        decisions: [
          {
            itemId: 'item-1',
            itemTitle: 'Wasserampel',
            kind: 'rescheduled',
            detail: 'auf 26.11.2026',
            at: 1,
          },
        ],
      }),
      moderator: 'Anna',
    };
    const result = parseBoardFile(withFile((f) => (f.standups = [record])));
    expect(result.ok && result.value.standups).toEqual([record]);
    const bad = withFile(
      (f) => (f.standups = [{ ...record, decisions: [{ ...record.decisions[0], kind: 'x' }] }]),
    );
    const read = parseBoardFile(bad);
    expect(read.ok && read.value.standups).toEqual([]);
    expect(read.ok && read.skipped).toEqual([
      {
        record: { list: 'standups', index: 0, id: 'standup-1', label: '2026-11-25' },
        field: 'decisions.0.kind',
        problem: 'invalid',
      },
    ]);
    expect(errorOf(withFile((f) => (f.standups = [record, record])))?.kind).toBe('duplicateIds');
  });

  it('reads a file from before stand-ups were exported (no standups field)', () => {
    const result = parseBoardFile(withFile((f) => delete f.standups));
    expect(result.ok && result.value.standups).toBeUndefined();
  });

  it.each([
    ['not JSON', 'Hallo, das ist eine Word-Datei', 'notJson'],
    ["another kanban tool's export", ownFixture('foreign-kanban-export.json'), 'notOurFormat'],
    ['truncated', good().slice(0, 500), 'truncated'],
    ['an array', '[]', 'notOurFormat'],
  ])('refuses %s', (_name, text, kind) => {
    expect(errorOf(text)?.kind).toBe(kind);
  });

  it.skipIf(!haveShared)('refuses a real Trello export (../shared/fixtures)', () => {
    const text = readFileSync(
      path.join(sharedFixtures, 'trello/trello-notes_test-board-export.json'),
      'utf8',
    );
    expect(errorOf(text)?.kind).toBe('notOurFormat');
  });

  it('refuses a file from a newer version and says which', () => {
    expect(errorOf(withFile((f) => (f.formatVersion = 7)))).toEqual({ kind: 'tooNew', version: 7 });
  });

  it('refuses prototype-polluting keys anywhere', () => {
    const text = good().replace('"title":', '"__proto__": {"polluted": true}, "title":');
    expect(errorOf(text)?.kind).toBe('hostileKeys');
    expect(errorOf(withFile((f) => ((f.items as object[])[0] = { constructor: 1 })))?.kind).toBe(
      'hostileKeys',
    );
    // Spelled with escapes, the key is still __proto__ once parsed.
    const escaped = good().replace(
      '"title":',
      '"\\u005f\\u005fproto\\u005f\\u005f": {"polluted": true}, "title":',
    );
    expect(errorOf(escaped)?.kind).toBe('hostileKeys');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const skippedOf = (text: string) => {
    const result = parseBoardFile(text);
    return result.ok ? result.skipped : result.error;
  };
  const ITEM_1 = { list: 'items', index: 0, id: 'item-1', label: 'Wasserampel steht auf Gelb' };

  it('leaves out records with wrong types and says where', () => {
    expect(
      skippedOf(withFile((f) => ((f.items as Record<string, unknown>[])[0]!.publishDate = 20261201))),
    ).toEqual([{ record: ITEM_1, field: 'publishDate', problem: 'invalid' }]);
    expect(
      skippedOf(withFile((f) => ((f.items as Record<string, unknown>[])[0]!.column = 'papierkorb'))),
    ).toEqual([{ record: ITEM_1, field: 'column', problem: 'invalid' }]);
  });

  it('leaves out records whose clock stamps are not stamps (they would sort after every real edit)', () => {
    const text = withFile((f) => {
      const item = (f.items as { clocks: Record<string, string> }[])[0]!;
      item.clocks.title = 'zzz-beats-everything';
    });
    expect(skippedOf(text)).toEqual([{ record: ITEM_1, field: 'clocks.title', problem: 'invalid' }]);
    const result = parseBoardFile(text);
    expect(result.ok && result.value.items.map((i) => i.id)).toEqual(['item-2']);
  });

  it('refuses huge strings and huge files', () => {
    const huge = withFile((f) => ((f.items as Record<string, unknown>[])[0]!.brief = 'x'.repeat(300_000)));
    expect(errorOf(huge)?.kind).toBe('invalidRecords');
    expect(errorOf(' '.repeat(MAX_FILE_BYTES + 1))?.kind).toBe('tooLarge');
    // The file's size where the caller knows it (a Blob's), without counting the text's bytes again.
    const small = withFile(() => {});
    expect(parseBoardFile(small, MAX_FILE_BYTES + 1)).toMatchObject({
      ok: false,
      error: { kind: 'tooLarge' },
    });
    expect(parseBoardFile(small, MAX_FILE_BYTES).ok).toBe(true);
  });

  it('refuses duplicate ids', () => {
    const dup = withFile((f) => {
      const items = f.items as Record<string, unknown>[];
      items.push({ ...items[0]! });
    });
    expect(errorOf(dup)).toEqual({ kind: 'duplicateIds', detail: 'items: item-1' });
  });

  it('names the file after the board and the day, safe for any file system', () => {
    expect(boardFileName('Pressestelle Groß-Umstadt / Büro', '2026-11-25')).toBe(
      'Pressestelle-Gross-Umstadt-Buro-2026-11-25.redaktionsplan.json',
    );
    expect(boardFileName('', '2026-11-25')).toBe('Redaktionsplan-2026-11-25.redaktionsplan.json');
  });
});
