import { describe, expect, it } from 'vitest';
import type { ColumnId } from '../../src/domain/columns';
import {
  clampToUrgency,
  dropNeighbours,
  insertIndexFromSlot,
  offsetOfSlot,
  slotAtOffset,
  slotFromInsertIndex,
  stepTarget,
} from '../../src/domain/dragSlots';
import type { Item } from '../../src/domain/types';

// Three cards of 100 px with 8 px gaps: [0,100] [108,208] [216,316]
const extents = [
  { start: 0, end: 100 },
  { start: 108, end: 208 },
  { start: 216, end: 316 },
];

describe('slot under a pointer', () => {
  it('is the gap before the first card whose middle lies below the point', () => {
    expect(slotAtOffset(extents, -20)).toBe(0);
    expect(slotAtOffset(extents, 49)).toBe(0);
    expect(slotAtOffset(extents, 51)).toBe(1);
    expect(slotAtOffset(extents, 170)).toBe(2);
    expect(slotAtOffset(extents, 300)).toBe(3);
    expect(slotAtOffset([], 300)).toBe(0);
  });

  it('maps each slot offset back to the same slot (the keyboard places its point there)', () => {
    for (let slot = 0; slot <= extents.length; slot++) {
      expect(slotAtOffset(extents, offsetOfSlot(extents, slot))).toBe(slot);
    }
  });

  it('converts between displayed slots and insert indexes without the dragged card', () => {
    // dragged card at displayed index 1: slots 1 and 2 are both "where it already is" (index 1)
    expect(insertIndexFromSlot(0, 1)).toBe(0);
    expect(insertIndexFromSlot(2, 1)).toBe(1);
    expect(insertIndexFromSlot(3, 1)).toBe(2);
    expect(insertIndexFromSlot(3, -1)).toBe(3);
    for (let i = 0; i <= 2; i++) expect(insertIndexFromSlot(slotFromInsertIndex(i, 1), 1)).toBe(i);
  });
});

describe('keyboard target', () => {
  const lengths: Record<ColumnId, number> = {
    idee: 3,
    themeninfo: 0,
    entwurf: 5,
    freigegeben: 1,
    veroeffentlicht: 2,
  };

  it('moves within a column and stops at its ends (source column has one card less)', () => {
    let t = { column: 'idee' as ColumnId, index: 1 };
    t = stepTarget(t, 'ArrowDown', lengths, 'idee');
    expect(t).toEqual({ column: 'idee', index: 2 });
    t = stepTarget(t, 'ArrowDown', lengths, 'idee');
    expect(t.index).toBe(2);
    t = stepTarget(
      stepTarget(stepTarget(t, 'ArrowUp', lengths, 'idee'), 'ArrowUp', lengths, 'idee'),
      'ArrowUp',
      lengths,
      'idee',
    );
    expect(t.index).toBe(0);
  });

  it('crosses to neighbouring columns, clamping the row, and stays at the board edges', () => {
    const start = { column: 'idee' as ColumnId, index: 2 };
    expect(stepTarget(start, 'ArrowLeft', lengths, 'idee')).toEqual(start);
    const right = stepTarget(start, 'ArrowRight', lengths, 'idee');
    expect(right).toEqual({ column: 'themeninfo', index: 0 });
    expect(stepTarget({ column: 'entwurf', index: 4 }, 'ArrowRight', lengths, 'idee')).toEqual({
      column: 'freigegeben',
      index: 1,
    });
    expect(stepTarget({ column: 'veroeffentlicht', index: 0 }, 'ArrowRight', lengths, 'idee').column).toBe(
      'veroeffentlicht',
    );
  });
});

function item(id: string, rank: string, column: ColumnId = 'idee', urgent = false): Item {
  return { id, rank, column, urgent } as Item;
}

describe('drop neighbours', () => {
  const a = item('a', 'a1');
  const b = item('b', 'a3');
  const c = item('c', 'a5');

  it('gives the ranks around the insert index in another column', () => {
    const moved = item('m', 'a0', 'entwurf');
    expect(dropNeighbours([a, b, c], moved, 'idee', 0)).toEqual({ before: null, after: 'a1' });
    expect(dropNeighbours([a, b, c], moved, 'idee', 2)).toEqual({ before: 'a3', after: 'a5' });
    expect(dropNeighbours([a, b, c], moved, 'idee', 3)).toEqual({ before: 'a5', after: null });
  });

  it('is null when the card is dropped where it already is', () => {
    expect(dropNeighbours([a, b, c], b, 'idee', 1)).toBeNull();
    expect(dropNeighbours([a, b, c], b, 'idee', 2)).toEqual({ before: 'a5', after: null });
  });

  it('keeps a normal card below urgent ones whatever the index', () => {
    const u = item('u', 'a9', 'idee', true);
    const moved = item('m', 'a0', 'entwurf');
    expect(dropNeighbours([u, a, b], moved, 'idee', 0)).toEqual({ before: null, after: 'a1' });
  });
});

describe('urgency range', () => {
  const u1 = item('u1', 'a1', 'idee', true);
  const u2 = item('u2', 'a2', 'idee', true);
  const n1 = item('n1', 'a1');
  const n2 = item('n2', 'a2');
  const column = [u1, u2, n1, n2];

  it('keeps a normal card below the urgent ones and an urgent card above the normal ones', () => {
    const moved = item('m', 'a0', 'entwurf');
    expect(clampToUrgency(column, moved, 0, false)).toBe(2);
    expect(clampToUrgency(column, moved, 4, false)).toBe(4);
    expect(clampToUrgency(column, moved, 9, false)).toBe(4);
    const urgent = item('mu', 'a0', 'entwurf', true);
    expect(clampToUrgency(column, urgent, 3, false)).toBe(2);
    expect(clampToUrgency(column, urgent, 1, false)).toBe(1);
  });

  it('does not count the dragged card itself', () => {
    expect(clampToUrgency(column, u1, 3, true)).toBe(1);
    expect(clampToUrgency(column, n1, 0, true)).toBe(2);
    expect(clampToUrgency(column, n1, 5, true)).toBe(3);
  });
});
