// Re-keying of duplicate ordering keys after a merge. Two devices can each place a card at the same
// key in the same column (both "at the end", say); after the merge the two cards tie and a drop
// between them is impossible. This gives every card of such a tie but the first (by id) a fresh key
// strictly between the tied key and the column's next larger key, so the order on screen does not
// change and every device that sees the same merged board computes the same keys.
//
// Deliberately NOT part of mergeBoards: a re-key depends on which cards tie, which depends on the set
// of boards merged, so folding it into the merge would break associativity. Instead it is a separate,
// deterministic step after a merge that only ever moves a record UP in the merge order:
// - the position stamp is kept (a re-key is no edit, so it never beats a later real move), and
// - the new key is larger than the tied one, so merging the re-keyed card with its old self (equal
//   stamps) keeps the re-keyed one (merge breaks equal stamps by the larger value).
// Hence merge(x, rekey(x)) == rekey(x): re-importing the same file changes nothing, and devices
// that re-keyed the same tie differently still converge (the larger key wins everywhere).
import { generateNKeysBetween } from 'fractional-indexing';
import type { BoardRecords } from './merge';
import { compareRanked } from './rank';
import type { Item } from './types';

/** Keys made by fractional-indexing; only these compare the same way as plain strings and in JSON. */
const PLAIN_KEY = /^[0-9A-Za-z]+$/;

function freshKeys(tied: string, next: string | null, count: number): string[] | null {
  if (!PLAIN_KEY.test(tied) || (next !== null && !PLAIN_KEY.test(next))) return null;
  try {
    return generateNKeysBetween(tied, next, count);
  } catch {
    // Not a well-formed fractional key (a hand-edited file): leave the tie, ids still order it.
    return null;
  }
}

/**
 * Returns the items with duplicate {column, rank} re-keyed (same order as given; unchanged items are
 * the same objects). Tombstoned and archived items count too: they can come back.
 */
export function rekeyDuplicateRanks(items: readonly Item[]): Item[] {
  const byColumn = new Map<string, Item[]>();
  for (const item of items) {
    const list = byColumn.get(item.column);
    if (list) list.push(item);
    else byColumn.set(item.column, [item]);
  }
  const replaced = new Map<string, Item>();
  for (const column of byColumn.values()) {
    column.sort(compareRanked);
    let start = 0;
    while (start < column.length) {
      const rank = column[start]!.rank;
      let end = start + 1;
      while (end < column.length && column[end]!.rank === rank) end++;
      if (end - start > 1) {
        const next = end < column.length ? column[end]!.rank : null;
        const keys = freshKeys(rank, next, end - start - 1);
        keys?.forEach((key, n) => {
          const item = column[start + 1 + n]!;
          replaced.set(item.id, { ...item, rank: key });
        });
      }
      start = end;
    }
  }
  if (replaced.size === 0) return [...items];
  return items.map((item) => replaced.get(item.id) ?? item);
}

/** A merged board with its duplicate keys re-keyed (the step every import takes after mergeBoards). */
export function rekeyBoard(board: BoardRecords): BoardRecords {
  return { ...board, items: rekeyDuplicateRanks(board.items) };
}
