// Live reads for views. Components read through these hooks; a write anywhere (this tab or another)
// re-runs them.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ColumnId } from '../../domain/columns';
import { FIRST_SCREEN_CARDS, firstScreenOf } from '../../domain/firstScreen';
import type { Item } from '../../domain/types';
import { db } from '../db/db';
import { URGENT_INDEX } from '../db/urgentKey';

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

/** A column's first urgent cards and its first cards by rank, combined as the column shows them. */
export const readFirstScreen = (column: ColumnId): Promise<Item[]> =>
  Promise.all([
    db.items
      .where(URGENT_INDEX)
      .between([column, Dexie.minKey], [column, Dexie.maxKey])
      .limit(FIRST_SCREEN_CARDS)
      .toArray(),
    columnRange(column).limit(FIRST_SCREEN_CARDS).toArray(),
  ]).then(([urgent, byRank]) => firstScreenOf(urgent, byRank, FIRST_SCREEN_CARDS));

/** Runs `callback` once the browser has painted the next frame. */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

export interface ColumnRead {
  items: Item[];
  /** False while only the first screen has been read. */
  complete: boolean;
}

/**
 * One column's items in rank order (tombstones excluded), read through the [column+rank] index.
 * Its first screen is read first (two short index ranges come back long before a 5,000-card column
 * is deserialised), so cards show at once; the whole column, live, is read once that first screen
 * has been painted, and replaces it. Each column is its own live query, so moving a card re-reads
 * the two columns it touched, not the whole board.
 */
export function useColumnItems(column: ColumnId): ColumnRead | undefined {
  const [firstScreen, setFirstScreen] = useState<Item[]>();
  const [readAll, setReadAll] = useState(false);
  useEffect(() => {
    let current = true;
    readFirstScreen(column).then(
      (rows) => {
        if (!current) return;
        setFirstScreen(rows);
        afterNextPaint(() => current && setReadAll(true));
      },
      () => current && setReadAll(true), // the live query then reports the failure
    );
    return () => {
      current = false;
    };
  }, [column]);
  const full = useLiveQuery(async () => (readAll ? readColumn(column) : undefined), [column, readAll]);
  if (full) return { items: full, complete: true };
  return firstScreen ? { items: firstScreen, complete: false } : undefined;
}

export function useItem(id: string | null): Item | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.items.get(id)) ?? null) : null), [id]);
}

export function useItemCount(): number | undefined {
  return useLiveQuery(() => db.items.filter((i) => !i.deleted).count(), []);
}
