// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clampForImport, clampFutureStamps, type StampClamps } from '../../src/boardfile/skew';
import { changeAttachment, EMPTY_RIGHTS } from '../../src/domain/attachmentEdits';
import { formatHlc, MAX_DRIFT_MS } from '../../src/domain/hlc';
import { mergeBoards, type BoardRecords } from '../../src/domain/merge';
import type { Attachment } from '../../src/domain/types';
import { makeItem, makeStandup } from '../domain/fixtures';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const at = (millis: number, node = 'kollegin', counter = 3) => formatHlc({ millis, counter, node });
const FAR = Date.parse('2030-01-01T00:00:00Z');

function boardWith(notesStamp: string, checkStamp: string): BoardRecords {
  const item = makeItem({ title: 'Gasleck' });
  return {
    items: [
      {
        ...item,
        clocks: { ...item.clocks, notes: notesStamp },
        checklist: item.checklist.map((e) => ({ ...e, clock: checkStamp })),
      },
    ],
    channels: [],
    members: [],
  };
}

describe('stamps from a clock far in the future', () => {
  it('are clamped to now, keeping device and counter, each to a stamp of its own, and reported per device', () => {
    const { records, newClamps, skewed } = clampFutureStamps(boardWith(at(FAR), at(FAR + 5)), NOW, {});
    const item = records.items[0]!;
    expect(item.clocks.notes).toBe(at(NOW));
    expect(item.checklist[0]!.clock).toBe(at(NOW + 1));
    expect(newClamps).toEqual({ [at(FAR)]: at(NOW), [at(FAR + 5)]: at(NOW + 1) });
    expect(skewed).toEqual([{ device: 'kollegin', count: 2, latest: FAR + 5 }]);
  });

  it('land after the other stamps of the file, so her edit does not lose a tie to what it changed', () => {
    // A colleague created the item at this very moment; the fast laptop then retitled it.
    const created = makeItem({ title: 'Gasleck' });
    const stamps = Object.fromEntries(Object.keys(created.clocks).map((f) => [f, at(NOW, 'b', 5)]));
    const mine: BoardRecords = { items: [{ ...created, clocks: stamps }], channels: [], members: [] };
    const hers: BoardRecords = {
      ...mine,
      items: [
        { ...mine.items[0]!, title: 'Gasleck behoben', clocks: { ...stamps, title: at(FAR, 'kollegin', 0) } },
      ],
    };
    const { records } = clampFutureStamps(hers, NOW, {});
    expect(mergeBoards(mine, records).items[0]!.title).toBe('Gasleck behoben');
  });

  it('leave stamps up to a day ahead alone (ordinary drift between laptops)', () => {
    const near = at(NOW + MAX_DRIFT_MS);
    const board = boardWith(near, near);
    const { records, newClamps, skewed } = clampFutureStamps(board, NOW, {});
    expect(records).toEqual(board);
    expect(newClamps).toEqual({});
    expect(skewed).toEqual([]);
  });

  it('clamp a stamp seen before to the same stamp on any later day (re-import is idempotent)', () => {
    // Two days ahead: clamped today; three days later it would no longer count as "future".
    const file = boardWith(at(NOW + 2 * MAX_DRIFT_MS), at(NOW - 1000));
    const first = clampFutureStamps(file, NOW, {});
    const later = NOW + 3 * MAX_DRIFT_MS;
    const again = clampFutureStamps(file, later, first.newClamps);
    expect(again.records).toEqual(first.records);
    expect(again.newClamps).toEqual({});
    expect(again.skewed).toEqual([]);
  });
});

describe("a file's clamps", () => {
  it('are taken only where they have the shape of a clamp: same device and counter, earlier', () => {
    const mine = boardWith(at(NOW - 60_000, 'ich', 1), at(NOW - 60_000, 'ich', 1));
    const ownStamp = at(NOW - 60_000, 'ich', 1);
    const notAClamp = {
      [ownStamp]: at(NOW - 10 * MAX_DRIFT_MS, 'andere', 1),
      [at(FAR, 'kollegin', 3)]: at(FAR + 1, 'kollegin', 3),
    };
    const c = clampForImport(mine, { items: [], channels: [], members: [] }, notAClamp, NOW, {});
    expect(c.newClamps).toEqual({});
    expect(c.local).toBe(mine);
  });
});

describe('per-entry stamps (attachments, checklist entries, stand-up records) from a clock far ahead', () => {
  const photo = (clock: string): Attachment => ({
    id: 'foto-1',
    hash: 'a'.repeat(64),
    name: 'kita.jpg',
    type: 'image/jpeg',
    size: 10,
    addedAt: NOW,
    deleted: false,
    clock,
    ...EMPTY_RIGHTS,
  });
  const boardWithPhoto = (attachment: Attachment): BoardRecords => ({
    items: [makeItem({ title: 'Kita' }, { id: 'kita', attachments: [attachment] })],
    channels: [],
    members: [],
  });
  /** What an import does with the stamps: clamp the file's, then merge (the clock moves past `latest`). */
  const importInto = (local: BoardRecords, file: BoardRecords, now: number, known: StampClamps) => {
    const clamped = clampFutureStamps(file, now, known);
    return { ...clamped, merged: mergeBoards(local, clamped.records) };
  };

  it("a colleague's Urheber from a year ahead is clamped, counted, and my change a minute later stays after a re-import", () => {
    const mine = boardWithPhoto(photo(at(NOW - 60_000, 'ich', 0)));
    const hers = boardWithPhoto({ ...photo(at(FAR, 'kollegin', 0)), creator: 'Kollegin' });
    const first = importInto(mine, hers, NOW, {});
    expect(first.skewed).toEqual([{ device: 'kollegin', count: 1, latest: FAR }]);
    // The importing device's clock moves past her clamped stamp, not to her year.
    expect(first.latestStamp).toBe(at(NOW, 'kollegin', 0));
    const imported = first.merged.items[0]!;
    expect(imported.attachments![0]).toMatchObject({ creator: 'Kollegin', clock: at(NOW, 'kollegin', 0) });

    // A minute later I correct the Urheber, with a stamp past the one my clock has seen.
    const corrected = changeAttachment(imported, 'foto-1', { creator: 'Stadtarchiv' }, NOW + 60_000, () =>
      at(NOW + 60_000, 'ich', 0),
    )!;
    const local: BoardRecords = { ...first.merged, items: [corrected] };
    const again = importInto(local, hers, NOW + 2 * MAX_DRIFT_MS, first.newClamps);
    expect(again.merged.items[0]!.attachments![0]!.creator).toBe('Stadtarchiv');
  });

  it('checklist entries and stand-up records are clamped too, and the latest stamp counts every kind', () => {
    const item = makeItem({ title: 'Kita' }, { id: 'kita' });
    const records: BoardRecords = {
      items: [{ ...item, checklist: item.checklist.map((e) => ({ ...e, clock: at(NOW - 1000) })) }],
      channels: [],
      members: [],
      standups: [makeStandup('standup-1', at(FAR + 7))],
    };
    const clamped = clampFutureStamps(records, NOW, {});
    expect(clamped.records.standups![0]!.clock).toBe(at(NOW));
    expect(clamped.skewed).toEqual([{ device: 'kollegin', count: 1, latest: FAR + 7 }]);
    expect(clamped.latestStamp).toBe(at(NOW));
    const onlyChecklist = clampFutureStamps({ ...records, standups: [] }, NOW, {});
    expect(onlyChecklist.latestStamp).toBe(at(NOW - 1000));
  });
});
