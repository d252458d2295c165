// A dropped card shows in its new place at once, before its write has come back through the board's
// live queries: the drag store keeps the move as pending, and the board's columns are the live ones
// with each pending move applied. The move stops being applied once the live columns show the card
// at its new place (or show that something else happened to it since the move was written).
import type { ColumnId } from './columns';
import { compareRanked } from './rank';
import type { Item } from './types';

export interface Place {
  column: ColumnId;
  rank: string;
}

export interface PendingMove {
  id: string;
  /** Where the card was when it was dropped. */
  from: Place;
  to: Place;
  /** True once the move's write has committed. */
  committed: boolean;
}

export type LiveColumns = Record<ColumnId, readonly Item[] | undefined>;

type Found = { item: Item; at: 'origin' | 'target' | 'elsewhere' };

/** Where the live columns show the card: in its target column, its origin column, both or neither. */
function locate(columns: LiveColumns, move: PendingMove): Found[] {
  const found: Found[] = [];
  for (const column of new Set([move.to.column, move.from.column])) {
    const item = columns[column]?.find((i) => i.id === move.id);
    if (!item) continue;
    if (item.column === move.to.column && item.rank === move.to.rank) found.push({ item, at: 'target' });
    else if (item.column === move.from.column && item.rank === move.from.rank)
      found.push({ item, at: 'origin' });
    else found.push({ item, at: 'elsewhere' });
  }
  return found;
}

/**
 * Whether the live columns have caught up with `move`: they show the card at its new place, or — once
 * the write has committed — anywhere but where it was (a later write, e.g. from another tab, won).
 * A card that is in neither column is waiting for the target column's read, unless it is unknown; a
 * card in both is waiting for the other column's read (settling then would show it twice, and the
 * copy that vanishes takes the card's drag registration with it).
 */
export function isSettled(columns: LiveColumns, move: PendingMove, known: boolean): boolean {
  const found = locate(columns, move);
  if (found.length === 0) return !known;
  if (found.length > 1) return false;
  if (found[0]!.at === 'target') return true;
  return found[0]!.at === 'elsewhere' && move.committed;
}

/** Inserts `item` into `items` (in rank order) at its rank; ties broken by id, as the index does. */
function insertByRank(items: readonly Item[], item: Item): Item[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareRanked(items[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return [...items.slice(0, low), item, ...items.slice(low)];
}

/**
 * The columns with every unsettled pending move applied: the card taken out of the columns it was
 * read in and put into its target column at its new rank. `remembered` holds the card as last seen
 * (the source column can be read again before the target column is); it is updated here. Columns no
 * move touches are returned as the same arrays, so their views need not re-render.
 */
export function withPendingMoves(
  columns: LiveColumns,
  pending: readonly PendingMove[],
  remembered: Map<string, Item>,
): LiveColumns {
  let shown = columns;
  for (const move of pending) {
    // The target column's copy is the newer one when both columns show the card.
    const found = locate(columns, move)[0];
    if (found) remembered.set(move.id, found.item);
    const item = remembered.get(move.id);
    if (!item || isSettled(columns, move, true)) continue;
    if (shown === columns) shown = { ...columns };
    for (const column of new Set([move.from.column, move.to.column])) {
      const items = shown[column];
      if (items?.some((i) => i.id === move.id)) shown[column] = items.filter((i) => i.id !== move.id);
    }
    const target = shown[move.to.column];
    if (target) shown[move.to.column] = insertByRank(target, { ...item, ...move.to });
  }
  return shown;
}
