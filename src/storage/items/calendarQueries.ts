// Live reads of the Kalender view. The shown days are read through the publishDate index only, so a
// week costs a handful of rows however large the board is; the tray of undated items reads the open
// columns (undated items are not in the publishDate index: IndexedDB leaves null keys out).
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { isUnscheduled } from '../../domain/calendar';
import type { ColumnId } from '../../domain/columns';
import type { Item } from '../../domain/types';
import { db } from '../db/db';

/** Items dated from `from` to `to` (yyyy-MM-dd, both included), tombstones left out. */
export async function readItemsInRange(from: string, to: string): Promise<Item[]> {
  const rows = await db.items.where('publishDate').between(from, to, true, true).toArray();
  return rows.filter((item) => !item.deleted);
}

export function useItemsInRange(from: string, to: string): Item[] | undefined {
  return useLiveQuery(() => readItemsInRange(from, to), [from, to]);
}

/** Columns whose items can still need a date; Veröffentlicht (half of a five-year board) is skipped. */
const OPEN_COLUMNS: readonly ColumnId[] = ['idee', 'themeninfo', 'entwurf', 'freigegeben'];

/**
 * Undated items still to be planned. Read per open column through [column+rank] with getAll-style
 * range reads (faster than a filtered cursor), then filtered in memory.
 */
export async function readUnscheduledItems(): Promise<Item[]> {
  const columns = await Promise.all(
    OPEN_COLUMNS.map((column) =>
      db.items.where('[column+rank]').between([column, Dexie.minKey], [column, Dexie.maxKey]).toArray(),
    ),
  );
  return columns.flat().filter(isUnscheduled);
}

/** The tray's read; `enabled` false defers it (the week paints first, the tray follows). */
export function useUnscheduledItems(enabled: boolean): Item[] | undefined {
  return useLiveQuery(async () => (enabled ? readUnscheduledItems() : undefined), [enabled]);
}
