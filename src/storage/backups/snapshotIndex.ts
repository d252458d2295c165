// A small summary of every snapshot (reason, item count), kept in one meta row. Snapshots hold whole
// boards, so listing or rotating them must not read their data: the list reads ids and times from
// the createdAt index (a key cursor, no values) and the rest from here.
import { db, type SnapshotRow } from '../db/db';
import type { Item } from '../../domain/types';
import { snapshotsToDelete } from '../../domain/backups';
import { deleteSnapshotPages, liveItemsOf, writeSnapshot, type SnapshotData } from './snapshotStore';

const INDEX_KEY = 'snapshotIndex';

export interface SnapshotSummary {
  reason: string;
  itemCount: number;
}

export interface ListedSnapshot extends SnapshotSummary {
  id: string;
  createdAt: number;
}

type SnapshotIndex = Partial<Record<string, SnapshotSummary>>;

async function readIndex(): Promise<SnapshotIndex> {
  const value = (await db.meta.get(INDEX_KEY))?.value;
  return value && typeof value === 'object' ? (value as SnapshotIndex) : {};
}

/** Notes a snapshot just added. Call inside the write that adds it (its tables include meta). */
export async function noteSnapshot(id: string, summary: SnapshotSummary): Promise<void> {
  const index = await readIndex();
  await db.meta.put({ key: INDEX_KEY, value: { ...index, [id]: summary } });
}

/** Deletes snapshots together with their pages and summaries. Inside a write over snapshotPages too. */
export async function deleteSnapshots(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.snapshots.bulkDelete(ids);
  await deleteSnapshotPages(ids);
  const index = await readIndex();
  for (const id of ids) delete index[id];
  await db.meta.put({ key: INDEX_KEY, value: index });
}

function summarise(row: SnapshotRow | undefined): SnapshotSummary {
  return { reason: row?.reason ?? 'unknown', itemCount: liveItemsOf(row?.data as SnapshotData | undefined) };
}

/** Every snapshot, newest first, without reading board data (except for one missing from the index). */
export async function listSnapshots(): Promise<ListedSnapshot[]> {
  const keys: { id: string; createdAt: number }[] = [];
  await db.snapshots
    .orderBy('createdAt')
    .reverse()
    .eachKey((createdAt, cursor) => {
      keys.push({ id: cursor.primaryKey as string, createdAt: createdAt as number });
    });
  const index = await readIndex();
  const listed: ListedSnapshot[] = [];
  for (const { id, createdAt } of keys) {
    const summary = index[id] ?? summarise(await db.snapshots.get(id));
    listed.push({ id, createdAt, ...summary });
  }
  return listed;
}

/**
 * Keeps a snapshot of the board (its items as read by readItemPages in this transaction), lists it,
 * and drops the ones rotation no longer keeps: rotated now, not at the next daily backup, so a day
 * of syncing every few minutes does not pile up whole-board copies until the disk is full. Inside a
 * write over items, channels, members, standups, snapshots and snapshotPages.
 */
export async function keepSnapshot(
  row: Omit<SnapshotRow, 'data'>,
  itemPages: readonly Item[][],
): Promise<void> {
  const itemCount = await writeSnapshot(row, itemPages);
  await noteSnapshot(row.id, { reason: row.reason, itemCount });
  await deleteSnapshots(snapshotsToDelete(await listSnapshots()));
}
