// Live reads for views. Components read through these hooks; a write anywhere (this tab or another)
// re-runs them.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ColumnId } from '../../domain/columns';
import type { Item } from '../../domain/types';
import { db } from '../db/db';

const columnRange = (column: ColumnId) =>
  db.items.where('[column+rank]').between([column, Dexie.minKey], [column, Dexie.maxKey]);

/**
 * Rows per read: each page is deserialised in its own task, so reading a long column never blocks the
 * board for long (a drag, a keystroke in the filter, a paint can run between two pages).
 */
const PAGE_SIZE = 500;

/**
 * The whole column in rank order, page by page. Each page starts at the last rank of the one before
 * (keyset paging: no offset to skip over); cards sharing that rank, possible after a merge, are not
 * counted twice.
 */
export async function readColumn(column: ColumnId): Promise<Item[]> {
  const items: Item[] = [];
  let lastRank: string | null = null;
  let seenAtLastRank = new Set<string>();
  for (;;) {
    const range =
      lastRank === null
        ? columnRange(column)
        : db.items.where('[column+rank]').between([column, lastRank], [column, Dexie.maxKey], true, true);
    // More cards on one rank than a page holds (only a damaged board): read the rest at once.
    const lastPage = seenAtLastRank.size >= PAGE_SIZE;
    const page: Item[] = await (lastPage ? range : range.limit(PAGE_SIZE)).toArray();
    for (const item of page) {
      if (item.rank === lastRank && seenAtLastRank.has(item.id)) continue;
      if (!item.deleted) items.push(item);
    }
    if (lastPage || page.length < PAGE_SIZE) return items;
    const newLastRank: string = page[page.length - 1]!.rank;
    const atNewLast = page.filter((i) => i.rank === newLastRank).map((i) => i.id);
    seenAtLastRank =
      newLastRank === lastRank ? new Set([...seenAtLastRank, ...atNewLast]) : new Set(atNewLast);
    lastRank = newLastRank;
  }
}

/**
 * One column's items in rank order (tombstones excluded), read through the [column+rank] index.
 * Each column is its own live query, so moving a card re-reads the two columns it touched, not the
 * whole board.
 */
export function useColumnItems(column: ColumnId): Item[] | undefined {
  return useLiveQuery(() => readColumn(column), [column]);
}

export function useItem(id: string | null): Item | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.items.get(id)) ?? null) : null), [id]);
}

export function useItemCount(): number | undefined {
  return useLiveQuery(() => db.items.filter((i) => !i.deleted).count(), []);
}
