// Pure geometry and bookkeeping for dragging a card across virtualised columns.
// A "slot" is a gap in a column as displayed (0 = above the first card, n = below the last).
// An "insert index" counts only the other cards (the dragged card removed), which is what
// dropSiblings() and rank computation need. Keyboard and pointer drags share these rules.
import { dropSiblings } from './board';
import { neighbourColumn, type ColumnId } from './columns';
import type { Item } from './types';

export interface SlotExtent {
  start: number;
  end: number;
}

/**
 * The slot a point at `y` (content coordinates of the column's list) falls into: before the first card
 * whose vertical middle lies below `y`. Binary search, so a 20,000-card column costs ~15 steps per move.
 */
export function slotAtOffset(extents: readonly SlotExtent[], y: number): number {
  let low = 0;
  let high = extents.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const e = extents[mid]!;
    if (y < (e.start + e.end) / 2) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The content offset of a slot's gap (where the drop line is drawn). */
export function offsetOfSlot(extents: readonly SlotExtent[], slot: number): number {
  if (extents.length === 0) return 0;
  if (slot <= 0) return extents[0]!.start;
  if (slot >= extents.length) return extents[extents.length - 1]!.end;
  return extents[slot]!.start;
}

/** Slot in the displayed column -> insert index among the other cards (`draggedIndex` -1 = not in it). */
export function insertIndexFromSlot(slot: number, draggedIndex: number): number {
  return draggedIndex >= 0 && slot > draggedIndex ? slot - 1 : slot;
}

/** Insert index among the other cards -> slot in the displayed column. */
export function slotFromInsertIndex(index: number, draggedIndex: number): number {
  return draggedIndex >= 0 && index >= draggedIndex ? index + 1 : index;
}

export interface DropTarget {
  column: ColumnId;
  /** Insert index among the column's cards without the dragged one. */
  index: number;
}

export type TargetKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/**
 * Keyboard drag: move the target one step. `lengths` are the displayed column lengths; the source
 * column counts one card less (the dragged card is not a neighbour of itself). Crossing columns keeps
 * the row as far as the new column allows, so ArrowRight then ArrowLeft returns to the same spot.
 */
export function stepTarget(
  target: DropTarget,
  key: TargetKey,
  lengths: Readonly<Record<ColumnId, number>>,
  sourceColumn: ColumnId,
): DropTarget {
  const otherCount = (column: ColumnId) => Math.max(0, lengths[column] - (column === sourceColumn ? 1 : 0));
  if (key === 'ArrowUp') return { ...target, index: Math.max(0, target.index - 1) };
  if (key === 'ArrowDown') return { ...target, index: Math.min(otherCount(target.column), target.index + 1) };
  const column = neighbourColumn(target.column, key === 'ArrowLeft' ? -1 : 1);
  if (!column) return target;
  return { column, index: Math.min(target.index, otherCount(column)) };
}

export const isTargetKey = (code: string): code is TargetKey =>
  code === 'ArrowUp' || code === 'ArrowDown' || code === 'ArrowLeft' || code === 'ArrowRight';

/**
 * Neighbour ranks for dropping `moved` at `index` among the other displayed cards of `displayed`
 * (the target column as shown, urgent first). Null when the drop changes nothing, so nothing is written.
 */
export function dropNeighbours(
  displayed: readonly Item[],
  moved: Item,
  column: ColumnId,
  index: number,
): { before: string | null; after: string | null } | null {
  const { siblings, index: at } = dropSiblings(displayed, moved, index);
  const before = at > 0 ? siblings[at - 1]!.rank : null;
  const after = at < siblings.length ? siblings[at]!.rank : null;
  if (
    moved.column === column &&
    (before === null || before < moved.rank) &&
    (after === null || moved.rank < after)
  )
    return null;
  return { before, after };
}

/**
 * Urgent cards always sort first, so a card can only land among cards of its own urgency: clamp an
 * insert index (among the other cards of `displayed`, shown urgent first) to that range, so the drop
 * line and the announced position never promise a place the card cannot take. Stops at the first
 * non-urgent card, so a long column costs only as many steps as it has urgent cards.
 */
export function clampToUrgency(
  displayed: readonly Item[],
  moved: Item,
  index: number,
  movedInColumn: boolean,
): number {
  let urgentOthers = 0;
  for (const item of displayed) {
    if (item.id === moved.id) continue;
    if (!item.urgent) break;
    urgentOthers++;
  }
  const others = displayed.length - (movedInColumn ? 1 : 0);
  const [min, max] = moved.urgent ? [0, urgentOthers] : [urgentOthers, others];
  return Math.max(min, Math.min(index, max));
}
