// The first screen of a column: the cards read ahead of the whole column when the board opens, so they
// can be painted before a 10,000-card column is read. It must be the start of what the whole column
// shows (urgent cards first, then by rank), or cards jump once the column is read — and a card pressed
// in that moment is not the card she aimed at.
//
// IndexedDB cannot index a boolean, so urgent items carry the column they are in as a stored key (an
// item that is not urgent has none and is left out of that index). Two short index reads then give
// the first screen: the column's first urgent cards and its first cards by rank.
import type { ColumnId } from './columns';
import type { Item } from './types';

/** Cards read ahead per column: more than fit on the tallest screen. */
export const FIRST_SCREEN_CARDS = 25;

/** The stored key for the urgent-cards index: the column of a live urgent item, else none. */
export function urgentColumnKey(item: Pick<Item, 'urgent' | 'deleted' | 'column'>): ColumnId | undefined {
  return item.urgent && !item.deleted ? item.column : undefined;
}

/**
 * The first screen from the two reads: `urgent` = the column's first `cards` urgent items by rank,
 * `byRank` = its first `cards` items by rank (either may hold tombstones). Urgent cards come first.
 * When the urgent read was full, more urgent cards may follow it in the column, so no card that is not
 * urgent may be shown after them yet.
 */
export function firstScreenOf(urgent: readonly Item[], byRank: readonly Item[], cards: number): Item[] {
  const live = urgent.filter((item) => !item.deleted);
  if (urgent.length >= cards) return live;
  // Urgent cards within the first cards by rank are always within the column's first urgent cards.
  return live.concat(byRank.filter((item) => !item.deleted && !item.urgent));
}
