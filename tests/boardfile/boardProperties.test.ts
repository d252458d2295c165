// Property tests over whole boards: random boards built from random edit histories on three devices
// (shared items edited everywhere, plus items only one device created). Merging whole boards obeys
// the merge laws, and export → import into an empty board reproduces a board exactly.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLUMN_IDS } from '../../src/domain/columns';
import { formatHlc } from '../../src/domain/hlc';
import { applyItemEdit, moveItem, setItemFlag, upsertChecklistEntry } from '../../src/domain/items';
import { mergeBoards, type BoardRecords } from '../../src/domain/merge';
import type { Item } from '../../src/domain/types';
import { db } from '../../src/storage/db';
import {
  applyImport,
  exportBoard,
  prepareImport,
  readBoardRecords,
} from '../../src/storage/boardFileCommands';
import { makeItem } from '../domain/fixtures';
import { resetDb } from '../storage/resetDb';

const BASE_MS = Date.parse('2026-11-25T08:00:00Z');
const DEVICES = ['dev-a', 'dev-b', 'dev-c'] as const;
const SHARED = 3;

type Edit =
  | { kind: 'title'; value: string }
  | { kind: 'channels'; value: string[] }
  | { kind: 'move'; column: (typeof COLUMN_IDS)[number]; rank: string }
  | { kind: 'delete'; value: boolean }
  | { kind: 'check'; entry: number; done: boolean }
  | { kind: 'create'; title: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), value: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('channels' as const),
    value: fc.uniqueArray(fc.constantFrom('c1', 'c2', 'c3'), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    column: fc.constantFrom(...COLUMN_IDS),
    rank: fc.constantFrom('a0', 'a1', 'a2'),
  }),
  fc.record({ kind: fc.constant('delete' as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant('check' as const), entry: fc.nat(3), done: fc.boolean() }),
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

function applyEdit(item: Item, edit: Exclude<Edit, { kind: 'create' }>, stamp: () => string): Item {
  switch (edit.kind) {
    case 'title':
      return applyItemEdit(item, { title: edit.value }, BASE_MS, stamp) ?? item;
    case 'channels':
      return applyItemEdit(item, { channelIds: edit.value }, BASE_MS, stamp) ?? item;
    case 'move':
      return moveItem(item, edit.column, edit.rank, BASE_MS, stamp);
    case 'delete':
      return setItemFlag(item, 'deleted', edit.value, BASE_MS, stamp);
    case 'check': {
      const entry = item.checklist[edit.entry]!;
      return upsertChecklistEntry(item, { ...entry, done: edit.done }, BASE_MS, stamp);
    }
  }
}

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
      items.set(id, applyEdit(items.get(id)!, edit, stamp));
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

describe('export → import into an empty board', () => {
  beforeEach(resetDb);

  it('reproduces random boards exactly', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const r = boards(history);
        const board = mergeBoards(mergeBoards(r['dev-a']!, r['dev-b']!), r['dev-c']!);
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
