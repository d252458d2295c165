// How a snapshot (daily backup, before an import, before a restore) keeps the board: its items page
// by page, each page its own row in snapshotPages, and the small rest (channels, team, stand-ups) in
// the snapshot's row. Every page is read and written as its own request inside the caller's
// transaction, so the structured clone of each request stays small; one row holding a five-year
// board is one clone of tens of megabytes in a single task, which freezes the page however the
// board is encoded. Snapshots written before (whole boards in their row, plain or as packed JSON
// pages) are still read and restored.
import Dexie from 'dexie';
import type { BoardRecords } from '../../domain/merge';
import type { Item, StandupRecord } from '../../domain/types';
import { readStandups } from '../boardfile/boardRecords';
import { db, type SnapshotRow } from '../db/db';

/** A snapshot's data since the pages table: the items are in snapshotPages [id, 0 … pages-1]. */
export interface PagedBoard {
  paged: 1;
  pages: number;
  /** Items not deleted (for the backup list). */
  liveItems: number;
  channels: BoardRecords['channels'];
  members: BoardRecords['members'];
  standups: StandupRecord[];
}

/** An import's snapshot as written before the pages table: items as UTF-8 JSON arrays in the row. */
interface PackedBoard {
  packed: 1;
  itemPages: Uint8Array[];
  liveItems: number;
  channels: BoardRecords['channels'];
  members: BoardRecords['members'];
  standups: StandupRecord[];
}

/** A daily backup or restore snapshot as written before the pages table: the records in the row. */
type PlainBoard = BoardRecords;

export type SnapshotData = PagedBoard | PackedBoard | PlainBoard;

const PAGE = 500;

const isPaged = (data: SnapshotData): data is PagedBoard => (data as PagedBoard).paged === 1;
const isPacked = (data: SnapshotData): data is PackedBoard => (data as PackedBoard).packed === 1;

/** The board's items in id order, a page per request. Inside a transaction over items. */
export async function readItemPages(): Promise<Item[][]> {
  const pages: Item[][] = [];
  let page = await db.items.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    pages.push(page);
    if (page.length < PAGE) break;
    page = await db.items.where(':id').above(page.at(-1)!.id).limit(PAGE).toArray();
  }
  return pages;
}

/**
 * Stores a snapshot of the board: `itemPages` (from readItemPages, in this transaction) and the
 * current channels, team and stand-ups. Inside a transaction over those tables, snapshots and
 * snapshotPages. Returns how many items are live, for the backup list.
 */
export async function writeSnapshot(
  row: Omit<SnapshotRow, 'data'>,
  itemPages: readonly Item[][],
): Promise<number> {
  let liveItems = 0;
  for (const [page, items] of itemPages.entries()) {
    await db.snapshotPages.add({ snapshot: row.id, page, items });
    liveItems += items.filter((i) => !i.deleted).length;
  }
  const data: PagedBoard = {
    paged: 1,
    pages: itemPages.length,
    liveItems,
    channels: await db.channels.toArray(),
    members: await db.members.toArray(),
    standups: await readStandups(),
  };
  await db.snapshots.add({ ...row, data });
  return liveItems;
}

/** The items of a snapshot, a page at a time, for batched writes. Inside a transaction over snapshotPages. */
export async function forEachSnapshotItemPage(
  id: string,
  data: SnapshotData,
  body: (items: Item[]) => Promise<unknown>,
): Promise<void> {
  if (isPaged(data)) {
    for (let page = 0; page < data.pages; page++) {
      const row = await db.snapshotPages.get([id, page]);
      if (!row) throw new Error(`Snapshot ${id} is missing its page ${page}`);
      await body(row.items);
    }
    return;
  }
  if (isPacked(data)) {
    const decoder = new TextDecoder();
    for (const page of data.itemPages) await body(JSON.parse(decoder.decode(page)) as Item[]);
    return;
  }
  for (let start = 0; start < data.items.length; start += PAGE)
    await body(data.items.slice(start, start + PAGE));
}

/** Live items of a snapshot's data (the backup list's count when the summary index lacks it). */
export function liveItemsOf(data: SnapshotData | undefined): number {
  if (!data) return 0;
  if (isPaged(data) || isPacked(data)) return data.liveItems;
  return (data.items ?? []).filter((i) => !i.deleted).length;
}

/** Deletes the pages of snapshots being deleted. Inside a transaction over snapshotPages. */
export async function deleteSnapshotPages(ids: readonly string[]): Promise<void> {
  for (const id of ids)
    await db.snapshotPages.where(':id').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
}
