// A drop shows at once from view state; these rules decide what the board shows until the live
// columns have caught up, whatever order the two columns' reads come back in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnId } from '../../src/domain/columns';
import {
  isSettled,
  withPendingMoves,
  type LiveColumns,
  type PendingMove,
} from '../../src/domain/pendingMoves';
import { compareRanked } from '../../src/domain/rank';
import type { Item } from '../../src/domain/types';
import { makeItem } from './fixtures';

const titles = (items: readonly Item[] | undefined) => (items ?? []).map((i) => i.title);

function board(idee: Item[], entwurf: Item[]): LiveColumns {
  return { idee, themeninfo: [], entwurf, freigegeben: [], veroeffentlicht: [] };
}

const a = makeItem({ title: 'A', column: 'idee', rank: 'a1' });
const b = makeItem({ title: 'B', column: 'idee', rank: 'a2' });
const c = makeItem({ title: 'C', column: 'entwurf', rank: 'a1' });
const d = makeItem({ title: 'D', column: 'entwurf', rank: 'a3' });
const move: PendingMove = {
  id: b.id,
  from: { column: 'idee', rank: 'a2' },
  to: { column: 'entwurf', rank: 'a2' },
  committed: false,
};
const bMoved = { ...b, column: 'entwurf' as ColumnId, rank: 'a2' };

describe('pending moves', () => {
  it('show the dropped card at its new place before the write is read back', () => {
    const live = board([a, b], [c, d]);
    const shown = withPendingMoves(live, [move], new Map());
    expect(titles(shown.idee)).toEqual(['A']);
    expect(titles(shown.entwurf)).toEqual(['C', 'B', 'D']);
    expect(shown.themeninfo).toBe(live.themeninfo); // untouched columns keep their arrays
    expect(isSettled(live, move, true)).toBe(false);
  });

  it('keep the card in place while only the source column has been read again', () => {
    const remembered = new Map<string, Item>();
    withPendingMoves(board([a, b], [c, d]), [move], remembered);
    const halfway = board([a], [c, d]);
    const shown = withPendingMoves(halfway, [{ ...move, committed: true }], remembered);
    expect(titles(shown.entwurf)).toEqual(['C', 'B', 'D']);
    expect(isSettled(halfway, { ...move, committed: true }, true)).toBe(false);
  });

  it('keep the card out of its old column while only the target column has been read again', () => {
    // The target column's read came back first; the source column still holds its old read.
    const halfway = board([a, b], [c, bMoved, d]);
    const committed = { ...move, committed: true };
    expect(isSettled(halfway, committed, true)).toBe(false);
    const shown = withPendingMoves(halfway, [committed], new Map());
    expect(titles(shown.idee)).toEqual(['A']);
    expect(titles(shown.entwurf)).toEqual(['C', 'B', 'D']);
  });

  it('property: in whatever order the two columns are read again, the card shows exactly once', () => {
    const before = board([a, b], [c, d]);
    const after = board([a], [c, bMoved, d]);
    const reads = fc.array(fc.constantFrom('idee', 'entwurf', 'commit'), { maxLength: 6 });
    fc.assert(
      fc.property(reads, (events) => {
        // What the board does on each change: render the columns with the pending moves applied,
        // then (in an effect) settle the moves the live columns agree with, and render again.
        let live = before;
        let pending: PendingMove[] = [move];
        const remembered = new Map<string, Item>();
        const expectShownOnce = () => {
          const shown = withPendingMoves(live, pending, remembered);
          const copies = [...shown.idee!, ...shown.entwurf!].filter((i) => i.id === b.id);
          expect(copies.map((i) => `${i.column} ${i.rank}`)).toEqual(['entwurf a2']);
        };
        expectShownOnce();
        for (const event of [...events, 'idee', 'entwurf', 'commit'] as const) {
          if (event === 'commit') pending = pending.map((p) => ({ ...p, committed: true }));
          else live = { ...live, [event]: after[event] };
          expectShownOnce();
          const settled = pending.filter((p) => isSettled(live, p, remembered.has(p.id)));
          for (const p of settled) remembered.delete(p.id);
          pending = pending.filter((p) => !settled.includes(p));
          expectShownOnce();
        }
        expect(pending).toEqual([]);
      }),
    );
  });

  it('are settled once the live columns show the card there', () => {
    const caughtUp = board([a], [c, bMoved, d]);
    expect(isSettled(caughtUp, move, true)).toBe(true);
    expect(withPendingMoves(caughtUp, [move], new Map())).toBe(caughtUp);
  });

  it('give way to a later write once their own has committed', () => {
    const elsewhere = board([a, { ...b, rank: 'a0' }], [c, d]);
    expect(isSettled(elsewhere, move, true)).toBe(false); // not committed yet: still shown moved
    expect(isSettled(elsewhere, { ...move, committed: true }, true)).toBe(true);
  });

  it('property: the shown columns hold every card exactly once, in rank order', () => {
    const rank = fc.stringMatching(/^a[0-9a-z]{1,3}$/);
    fc.assert(
      fc.property(fc.array(rank, { minLength: 1, maxLength: 12 }), fc.nat(), rank, (ranks, pick, target) => {
        const items = ranks.map((r, i) =>
          makeItem({ title: `T${i}`, column: i % 2 ? 'entwurf' : 'idee', rank: r }),
        );
        const sorted = (column: ColumnId) => items.filter((i) => i.column === column).sort(compareRanked);
        const live = board(sorted('idee'), sorted('entwurf'));
        const moved = items[pick % items.length]!;
        const shown = withPendingMoves(
          live,
          [{ id: moved.id, from: moved, to: { column: 'entwurf', rank: target }, committed: false }],
          new Map(),
        );
        const all = [...shown.idee!, ...shown.entwurf!];
        expect(all.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
        expect(shown.entwurf!.find((i) => i.id === moved.id)!.rank).toBe(target);
        for (const column of [shown.idee!, shown.entwurf!])
          for (let i = 1; i < column.length; i++)
            expect(compareRanked(column[i - 1]!, column[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
