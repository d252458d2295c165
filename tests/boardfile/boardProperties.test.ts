// Property tests over whole boards: random boards built from random edit histories on three devices
// (shared items edited everywhere, plus items only one device created). Merging whole boards obeys
// the merge laws, and export → import into an empty board reproduces a board exactly.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/hlc';
import { applyItemEdit } from '../../src/domain/items';
import { mergeBoards, type BoardRecords } from '../../src/domain/merge';
import { compareRanked } from '../../src/domain/rank';
import { rekeyBoard } from '../../src/domain/rekey';
import type { Item } from '../../src/domain/types';
import { db } from '../../src/storage/db/db';
import {
  applyImport,
  exportBoard,
  prepareImport,
  readBoardRecords,
} from '../../src/storage/boardfile/boardFileCommands';
import { makeItem } from '../domain/fixtures';
import { applyEditStep, BASE_MS, DEVICES, itemEditArb, type ItemEditStep } from '../domain/itemEdits';
import { resetDb } from '../storage/resetDb';

const SHARED = 3;

type Edit = ItemEditStep | { kind: 'create'; title: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  itemEditArb,
  fc.record({ kind: fc.constant('create' as const), title: fc.string({ minLength: 1, maxLength: 8 }) }),
);

const historyArb: fc.Arbitrary<Step[]> = fc.array(
  fc.record({
    device: fc.constantFrom(...DEVICES),
    target: fc.nat(SHARED + 1),
    time: fc.nat(50),
    edit: editArb,
  }),
  { maxLength: 30 },
);
type Step = { device: (typeof DEVICES)[number]; target: number; time: number; edit: Edit };

const shared: Item[] = Array.from({ length: SHARED }, (_, n) =>
  makeItem({ title: `Beitrag ${n}`, column: 'idee', rank: `a${n}` }, { id: `shared-${n}` }),
);

/** Each device's board: the shared items with its own edits (in time order) and the items it created. */
function boards(history: Step[]): Record<string, BoardRecords> {
  const out: Record<string, BoardRecords> = {};
  for (const device of DEVICES) {
    const items = new Map(shared.map((i) => [i.id, i]));
    const own = history.map((h, i) => ({ ...h, i })).filter((h) => h.device === device);
    own.sort((x, y) => x.time - y.time || x.i - y.i);
    own.forEach(({ time, edit, target, i }, n) => {
      const stamp = () => formatHlc({ millis: BASE_MS + 1000 + time, counter: n, node: device });
      if (edit.kind === 'create') {
        const created = makeItem({ title: edit.title }, { id: `${device}-${i}` });
        items.set(created.id, applyItemEdit(created, { title: `${edit.title}!` }, BASE_MS, stamp)!);
        return;
      }
      const ids = [...items.keys()];
      const id = ids[target % ids.length]!;
      items.set(id, applyEditStep(items.get(id)!, edit, stamp));
    });
    out[device] = { items: [...items.values()], channels: [], members: [] };
  }
  return out;
}

describe('merge of whole boards over random histories on three devices', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const r = boards(history);
        const [a, b, c] = [r['dev-a']!, r['dev-b']!, r['dev-c']!];
        const ab = mergeBoards(a, b);
        expect(ab).toEqual(mergeBoards(b, a));
        expect(mergeBoards(ab, c)).toEqual(mergeBoards(a, mergeBoards(b, c)));
        expect(mergeBoards(a, a)).toEqual(mergeBoards(a, { items: [], channels: [], members: [] }));
        expect(mergeBoards(ab, b)).toEqual(ab);
        // Every item any device has is in the merge of all three: nothing is lost.
        const all = new Set(mergeBoards(ab, c).items.map((i) => i.id));
        for (const board of [a, b, c]) for (const item of board.items) expect(all.has(item.id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('re-keying duplicate keys after a merge, over random histories on three devices', () => {
  /** What an import does: merge, then re-key ties. */
  const importInto = (local: BoardRecords, file: BoardRecords) => rekeyBoard(mergeBoards(local, file));
  const columnOrder = (board: BoardRecords) =>
    [...board.items].sort((x, y) =>
      x.column < y.column ? -1 : x.column > y.column ? 1 : compareRanked(x, y),
    );
  const positions = (board: BoardRecords) => columnOrder(board).map((i) => `${i.column}:${i.id}`);

  it('leaves no tie, keeps the order on screen and every stamp, and re-importing changes nothing', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const r = boards(history);
        const [a, b, c] = [r['dev-a']!, r['dev-b']!, r['dev-c']!];
        const raw = mergeBoards(a, b);
        const ab = importInto(a, b);
        const keys = ab.items.map((i) => `${i.column}|${i.rank}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(positions(ab)).toEqual(positions(raw));
        expect(ab.items.map((i) => i.clocks)).toEqual(raw.items.map((i) => i.clocks));
        // A re-keyed board only moves up in the merge order: importing either side again is a no-op.
        expect(importInto(ab, b)).toEqual(ab);
        expect(importInto(ab, a)).toEqual(ab);
        expect(mergeBoards(raw, ab)).toEqual(ab);
        // Devices that re-keyed in a different order converge once they exchange their boards.
        const viaA = importInto(importInto(a, b), c);
        const viaC = importInto(a, importInto(b, c));
        expect(importInto(viaA, viaC)).toEqual(importInto(viaC, viaA));
        const settled = importInto(viaA, viaC);
        expect(importInto(settled, viaA)).toEqual(settled);
        expect(importInto(settled, viaC)).toEqual(settled);
      }),
      { numRuns: 200 },
    );
  });
});

describe('export → import into an empty board', () => {
  beforeEach(resetDb);

  it('reproduces random boards exactly', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const r = boards(history);
        // A board as a device holds it after imports: merged, ties re-keyed (an import re-keys ties).
        const board = rekeyBoard(mergeBoards(mergeBoards(r['dev-a']!, r['dev-b']!), r['dev-c']!));
        await resetDb();
        await db.items.bulkPut(board.items);
        const { text } = await exportBoard('Pressestelle', new Date(BASE_MS), '2026-11-25');
        await resetDb();
        const prepared = await prepareImport(text);
        if (!prepared.ok) throw new Error(`export refused: ${prepared.error.kind}`);
        await applyImport(prepared.value);
        expect(await readBoardRecords()).toEqual(board);
      }),
      { numRuns: 25 },
    );
  });
});
