// Live reads for views. Components read through these hooks; a write anywhere (this tab or another)
// re-runs them.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ColumnId } from '../domain/columns';
import { FIRST_SCREEN_CARDS, firstScreenOf } from '../domain/firstScreen';
import type { Channel, Item, Member } from '../domain/types';
import { db } from './db';
import { liveByRank, takeBootRead } from './firstScreenBoot';
import { URGENT_INDEX } from './urgentKey';

const columnRange = (column: ColumnId) =>
  db.items.where('[column+rank]').between([column, Dexie.minKey], [column, Dexie.maxKey]);

// First screens already requested at start-up (preloadFirstScreens), each used once; `arrived` holds
// those that came back before the board's first render, so it renders with its cards at once.
const preloaded = new Map<ColumnId, Promise<Item[]>>();
const arrived = new Map<ColumnId, Item[]>();
// Channels and members as the boot script read them: shown until the first live read answers, so the
// first cards get their channel tags and names in their first frame. Dropped after that answer, so a
// view mounted later never starts from a stale list.
interface BootLists {
  channels: Channel[];
  members: Member[];
}
const bootLists: Partial<BootLists> = {};
const liveAnswered: Record<keyof BootLists, boolean> = { channels: false, members: false };

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

function takeFirstScreen(column: ColumnId): Promise<Item[]> {
  const early = preloaded.get(column);
  preloaded.delete(column);
  arrived.delete(column);
  return early ?? readFirstScreen(column);
}

function takeArrivedFirstScreen(column: ColumnId): Item[] | undefined {
  const rows = arrived.get(column);
  if (!rows) return undefined;
  arrived.delete(column);
  preloaded.delete(column);
  return rows;
}

/**
 * Takes the first screen of every column that public/first-screen.js read while the app loaded, or
 * starts reading it now, before React has rendered anything, so opening the database and reading
 * overlap with starting the app. Resolves once every column's first screen is in (or failed).
 */
export function preloadFirstScreens(columns: readonly ColumnId[]): Promise<void> {
  const boot = takeBootRead();
  void boot.then((read) => {
    if (!read) return;
    if (!liveAnswered.channels) bootLists.channels = liveByRank(read.channels);
    if (!liveAnswered.members) bootLists.members = liveByRank(read.members);
  });
  const landed = columns.map((column) => {
    const read = boot.then((early) => early?.columns[column] ?? readFirstScreen(column));
    preloaded.set(column, read);
    return read.then(
      (rows) => void (preloaded.has(column) && arrived.set(column, rows)),
      () => undefined, // a failure is reported by the column's own live query
    );
  });
  return Promise.all(landed).then(() => undefined);
}

/**
 * Rows per read: each page is deserialised in its own short task, so no read blocks the board. At
 * 1,000 rows a page of a 20,000-card board took up to 55-77 ms on a 2-core laptop, right after a drop.
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
 * Each column is its own live query, so moving a card re-reads the two columns it touched, not the
 * whole board; and Dexie's cache can update a cached range in memory without asking IndexedDB.
 */
export function useColumnItems(column: ColumnId): ColumnRead | undefined {
  // The first screen is read first (a short index range comes back long before a 10,000-card column
  // is deserialised), so cards show at once; the full, live column is read once that first screen
  // has been painted, and replaces it.
  const [firstScreen, setFirstScreen] = useState<Item[] | undefined>(() => takeArrivedFirstScreen(column));
  const [readAll, setReadAll] = useState(false);
  useEffect(() => {
    let current = true;
    if (firstScreen) {
      afterNextPaint(() => current && setReadAll(true));
      return () => {
        current = false;
      };
    }
    takeFirstScreen(column)
      .then((rows) => {
        if (!current) return;
        setFirstScreen(rows);
        afterNextPaint(() => current && setReadAll(true));
      })
      .catch(() => current && setReadAll(true)); // the live query then reports the failure
    return () => {
      current = false;
    };
    // Runs once per column: the first screen only decides where the first read comes from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [column]);
  const full = useLiveQuery(async () => (readAll ? readColumn(column) : undefined), [column, readAll]);
  if (full) return { items: full, complete: true };
  return firstScreen ? { items: firstScreen, complete: false } : undefined;
}

export function useItem(id: string | null): Item | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.items.get(id)) ?? null) : null), [id]);
}

/**
 * A rank-ordered settings list (channels or members), live. Until its first live answer it shows what
 * the boot script read; after that answer the boot copy is dropped.
 */
function useRankedList<K extends keyof BootLists>(key: K): BootLists[K] | undefined {
  return useLiveQuery(
    async () => {
      const rows = (await db
        .table(key)
        .orderBy('rank')
        .filter((row: { deleted: boolean }) => !row.deleted)
        .toArray()) as BootLists[K];
      liveAnswered[key] = true;
      delete bootLists[key];
      return rows;
    },
    [],
    bootLists[key],
  );
}

export const useChannels = (): Channel[] | undefined => useRankedList('channels');

export const useMembers = (): Member[] | undefined => useRankedList('members');

export function useItemCount(): number | undefined {
  return useLiveQuery(() => db.items.filter((i) => !i.deleted).count(), []);
}
