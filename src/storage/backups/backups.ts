// Automatic daily backups of the board in the snapshots table, their rotation, and an undoable
// restore. The decisions (due? which to delete?) are pure rules in src/domain/backups.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  backedUpToday,
  boardFingerprint,
  shouldTakeDailyBackup,
  type SnapshotInfo,
} from '../../domain/backups';
import { db } from '../db/db';
import { restoreSnapshot } from '../boardfile/boardFileCommands';
import { keepSnapshot, listSnapshots, type ListedSnapshot } from './snapshotIndex';
import { readItemPages } from './snapshotStore';
import { write } from '../db/write';

export type BackupSummary = ListedSnapshot;

const SNAPSHOT_TABLES = [db.items, db.channels, db.members, db.standups, db.snapshots, db.snapshotPages];

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
  return write(SNAPSHOT_TABLES, async (ctx) => {
    const pages = await readItemPages();
    const items = pages.flat();
    const records = { items, channels: await db.channels.toArray(), members: await db.members.toArray() };
    const fingerprint = boardFingerprint(records);
    const liveItems = items.filter((i) => !i.deleted).length;
    if (!shouldTakeDailyBackup(await readLastDaily(), fingerprint, liveItems, now)) return null;
    const id = ctx.newId();
    await keepSnapshot({ id, createdAt: now, reason: 'daily' }, pages);
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
  // standups: restoreSnapshot puts them back when the snapshot (an import's) holds them.
  return write(SNAPSHOT_TABLES, async (ctx) => {
    if (!(await db.snapshots.get(snapshotId))) throw new Error(`Snapshot ${snapshotId} not found`);
    const undoId = ctx.newId();
    await keepSnapshot({ id: undoId, createdAt: now, reason: 'restore' }, await readItemPages());
    await restoreSnapshot(snapshotId);
    return undoId;
  });
}

/** All snapshots (daily, before an import, before a restore), newest first, for Einstellungen. */
export function useBackups(): BackupSummary[] | undefined {
  return useLiveQuery(listSnapshots, []);
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
