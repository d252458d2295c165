// Automatic daily backups of the board in the snapshots table, their rotation, and an undoable
// restore. The decisions (due? which to delete?) are pure rules in src/domain/backups.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  backedUpToday,
  boardFingerprint,
  shouldTakeDailyBackup,
  snapshotsToDelete,
  type SnapshotInfo,
  type SnapshotReason,
} from '../domain/backups';
import type { BoardRecords } from '../domain/merge';
import { db, type SnapshotRow } from './db';
import { restoreSnapshot } from './boardFileCommands';
import { write } from './write';

/** What a backup snapshot holds: the records plus the summary used to list and compare it. */
interface BackupData extends BoardRecords {
  fingerprint?: string;
  itemCount?: number;
}

export interface BackupSummary {
  id: string;
  createdAt: number;
  reason: string;
  itemCount: number;
}

const liveCount = (items: BoardRecords['items']) => items.filter((i) => !i.deleted).length;

function info(row: SnapshotRow): SnapshotInfo {
  const data = row.data as BackupData | undefined;
  return { id: row.id, createdAt: row.createdAt, reason: row.reason, fingerprint: data?.fingerprint };
}

async function readBoardInTransaction(): Promise<BoardRecords> {
  return {
    items: await db.items.toArray(),
    channels: await db.channels.toArray(),
    members: await db.members.toArray(),
  };
}

/**
 * Adds a snapshot of the current board and drops the ones rotation no longer keeps. Inside a write.
 * Rotation reads every snapshot: at most once a day, or on her restore.
 */
async function addSnapshot(id: string, reason: SnapshotReason, at: number, records: BoardRecords) {
  const data: BackupData = {
    ...records,
    fingerprint: boardFingerprint(records),
    itemCount: liveCount(records.items),
  };
  await db.snapshots.add({ id, createdAt: at, reason, data });
  const all = (await db.snapshots.toArray()).map(info);
  await db.snapshots.bulkDelete(snapshotsToDelete(all));
}

/** Where the last daily backup is noted, so the hourly check reads one row, not every snapshot. */
const LAST_DAILY_KEY = 'lastDailyBackup';

async function readLastDaily(): Promise<SnapshotInfo | undefined> {
  const value = (await db.meta.get(LAST_DAILY_KEY))?.value as SnapshotInfo | undefined;
  return value && typeof value.createdAt === 'number' ? value : undefined;
}

/**
 * Takes the daily backup if one is due (at most once per calendar day, only when the board changed).
 * Called at start and every hour while the app is open. Returns the new snapshot's id, or null.
 * The usual case (already backed up today) reads one meta row and opens no write transaction.
 */
export async function maybeBackup(now: number = Date.now()): Promise<string | null> {
  if (backedUpToday((await readLastDaily())?.createdAt, now)) return null;
  return write([db.items, db.channels, db.members, db.snapshots], async (ctx) => {
    const records = await readBoardInTransaction();
    const fingerprint = boardFingerprint(records);
    const due = shouldTakeDailyBackup(await readLastDaily(), fingerprint, liveCount(records.items), now);
    if (!due) return null;
    const id = ctx.newId();
    await addSnapshot(id, 'daily', now, records);
    const last: SnapshotInfo = { id, createdAt: now, reason: 'daily', fingerprint };
    await db.meta.put({ key: LAST_DAILY_KEY, value: last });
    return id;
  });
}

/**
 * Puts the board back to a snapshot. The current board is kept first as a 'restore' snapshot, whose
 * id is returned: restoring that one undoes the restore. One transaction, so nothing half-restores.
 */
export async function restoreBackup(snapshotId: string, now: number = Date.now()): Promise<string> {
  return write([db.items, db.channels, db.members, db.snapshots], async (ctx) => {
    if (!(await db.snapshots.get(snapshotId))) throw new Error(`Snapshot ${snapshotId} not found`);
    const undoId = ctx.newId();
    await addSnapshot(undoId, 'restore', now, await readBoardInTransaction());
    await restoreSnapshot(snapshotId);
    return undoId;
  });
}

/** Daily and import snapshots, newest first, for the list in Einstellungen. */
export function useBackups(): BackupSummary[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.snapshots.orderBy('createdAt').reverse().toArray();
    return rows.map((row) => {
      const data = row.data as BackupData | undefined;
      return {
        id: row.id,
        createdAt: row.createdAt,
        reason: row.reason,
        itemCount: data?.itemCount ?? liveCount(data?.items ?? []),
      };
    });
  }, []);
}

/** When the board was last exported as a file (written by exportBoard), or undefined. */
export function useLastExportAt(): number | undefined | null {
  // null while loading, undefined when never exported
  return useLiveQuery(
    async () => {
      const row = await db.meta.get('lastExportAt');
      return typeof row?.value === 'number' ? row.value : undefined;
    },
    [],
    null,
  );
}
