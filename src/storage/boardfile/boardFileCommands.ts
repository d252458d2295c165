// Export and import of the shared board file. Parsing, validation, merge and preview happen before
// any transaction (src/boardfile, pure); the import is one write that first keeps a snapshot, so it
// can be undone in one step.
import type { PrepareResult, PreparedImport } from '../../boardfile/prepare';
import { boardFileName, serializeBoardFile, toBoardFile } from '../../boardfile/serialize';
import { rewriter } from '../../boardfile/skew';
import { mergeChannel, mergeItem, mergeMember, mergeStandup } from '../../domain/merge';
import { joinSeen } from '../../domain/seenStamps';
import {
  asStandupRows,
  isStandupRecord,
  readBoardRecords,
  readImportedSeen,
  readLocalSeen,
  readStampClamps,
  SEEN_STAMPS_KEY,
  STAMP_CLAMPS_KEY,
} from './boardRecords';
import { runBoardFileJob } from './boardFileJobs';
import { db } from '../db/db';
import { readFileBlobs } from '../attachments/fileBlobs';
import { forEachSnapshotItemPage, readItemPages, type SnapshotData } from '../backups/snapshotStore';
import { keepSnapshot } from '../backups/snapshotIndex';
import { clockSource, getDeviceId, write } from '../db/write';

export { readBoardRecords };
export type { PrepareResult, PreparedImport };

const LAST_EXPORT_KEY = 'lastExportAt';

async function noteExport(now: Date): Promise<void> {
  await write([], async () => {
    await db.meta.put({ key: LAST_EXPORT_KEY, value: now.getTime() });
  });
}

/** The board as file text (sync writes it to its file; tests read it). */
export async function exportBoard(
  boardName: string,
  now: Date,
  today: string,
): Promise<{ text: string; fileName: string; itemCount: number }> {
  const [records, seen] = await Promise.all([readBoardRecords(), readLocalSeen()]);
  const deviceId = await getDeviceId();
  const blobs = await readFileBlobs(records);
  const stampClamps = await readStampClamps();
  const text = serializeBoardFile(
    toBoardFile(records, { deviceId, exportedAt: now, boardName, stampClamps, seen }, blobs),
  );
  await noteExport(now);
  return {
    text,
    fileName: boardFileName(boardName, today),
    itemCount: records.items.filter((i) => !i.deleted).length,
  };
}

/**
 * The board as a file for download or a file handle: read and serialised in the board-file worker,
 * so a five-year archive does not freeze the page. Same content as exportBoard.
 */
export async function exportBoardFile(
  boardName: string,
  now: Date,
  today: string,
): Promise<{ blob: Blob; fileName: string; itemCount: number }> {
  const deviceId = await getDeviceId();
  const done = await runBoardFileJob({ job: 'export', deviceId, exportedAt: now.getTime(), boardName });
  if (done.job !== 'export') throw new Error('unexpected board file job result');
  await noteExport(now);
  return { blob: done.blob, fileName: boardFileName(boardName, today), itemCount: done.itemCount };
}

/**
 * Read and check a file and compute what importing it would change. Writes nothing. Runs in the
 * board-file worker where there is one (parse, validation and merge of a large file take seconds).
 */
export async function prepareImport(file: Blob | string, now = clockSource.now()): Promise<PrepareResult> {
  const blob = typeof file === 'string' ? new Blob([file], { type: 'application/json' }) : file;
  const done = await runBoardFileJob({ job: 'prepare', file: blob, now });
  if (done.job !== 'prepare') throw new Error('unexpected board file job result');
  return done.result;
}

/** Rows written per bulkPut: the structured clone of each batch is one task on the main thread. */
const WRITE_BATCH = 100;

/** Merge each record with its current row (if any) and put it back, batch by batch. */
async function putMerged<T extends { id: string }>(
  table: { bulkGet(ids: string[]): Promise<(T | undefined)[]>; bulkPut(rows: T[]): Promise<unknown> },
  records: readonly T[],
  merge: (current: T, merged: T) => T,
): Promise<void> {
  for (let start = 0; start < records.length; start += WRITE_BATCH) {
    const batch = records.slice(start, start + WRITE_BATCH);
    const current = await table.bulkGet(batch.map((r) => r.id));
    await table.bulkPut(batch.map((merged, n) => (current[n] ? merge(current[n], merged) : merged)));
  }
}

/**
 * Write a prepared import: snapshot the board, then put the merged records in one transaction.
 * Every record is merged once more with its current row: unchanged since the preview, that gives the
 * prepared record (the merge is idempotent and the preview's result already contains the local
 * row); changed meanwhile, the change is kept where it is later (the merge is associative).
 * Returns the snapshot id for undo.
 */
export async function applyImport(prepared: PreparedImport): Promise<string> {
  const { writes, newClamps, rewrites, latestStamp, newBlobs, seen } = prepared;
  const tables = [db.items, db.channels, db.members, db.standups, db.snapshots, db.snapshotPages, db.blobs];
  return write(tables, async (ctx) => {
    const snapshotId = ctx.newId();
    // Bytes first, in the same transaction as the records that name them. A blob stored meanwhile
    // (another tab) is the same bytes under the same hash: put overwrites it with itself.
    if (newBlobs.length > 0) await db.blobs.bulkPut(newBlobs);
    const seenBefore = await readImportedSeen();
    const before = { id: snapshotId, createdAt: ctx.now, reason: 'import', importedSeen: seenBefore };
    await keepSnapshot(before, await readItemPages());
    // A row changed since the preview still holds stamps the import reads differently (a clamp).
    const through = rewriter(rewrites);
    await putMerged(db.items, writes.items, (row, merged) => mergeItem(through.item(row), merged));
    await putMerged(db.channels, writes.channels, (row, merged) => mergeChannel(through.clocks(row), merged));
    await putMerged(db.members, writes.members, (row, merged) => mergeMember(through.clocks(row), merged));
    const standups = writes.standups;
    const currentStandups = await db.standups.bulkGet(standups.map((r) => r.id));
    await db.standups.bulkPut(
      asStandupRows(
        standups.map((merged, n) => {
          const row = currentStandups[n];
          return row && isStandupRecord(row) ? mergeStandup(through.one(row), merged) : merged;
        }),
      ),
    );
    if (Object.keys(newClamps).length > 0) {
      // Remembered, so importing the same file again (on any later day) clamps to the same stamps.
      const known = await readStampClamps();
      await db.meta.put({ key: STAMP_CLAMPS_KEY, value: { ...known, ...newClamps } });
    }
    // What the file's board had taken in, this board now has too (the base of the next preview).
    await db.meta.put({ key: SEEN_STAMPS_KEY, value: joinSeen(seenBefore, seen) });
    // Our next edit must beat everything we have now seen (future stamps are already clamped).
    if (latestStamp) ctx.observe(latestStamp);
    return snapshotId;
  });
}

/** Put the board back exactly as it was before an import (or any snapshot). */
export async function restoreSnapshot(snapshotId: string): Promise<void> {
  await write([db.items, db.channels, db.members, db.standups, db.snapshots, db.snapshotPages], async () => {
    const snapshot = await db.snapshots.get(snapshotId);
    if (!snapshot) throw new Error(`Snapshot ${snapshotId} not found`);
    // An undone import is as if it never arrived: the next preview must not count its edits as seen.
    if (snapshot.importedSeen) await db.meta.put({ key: SEEN_STAMPS_KEY, value: snapshot.importedSeen });
    const data = snapshot.data as SnapshotData;
    await Promise.all([db.items.clear(), db.channels.clear(), db.members.clear()]);
    // Page by page: one bulkAdd of a whole board would be one long task.
    await forEachSnapshotItemPage(snapshotId, data, (page) => db.items.bulkAdd(page));
    await db.channels.bulkAdd(data.channels);
    await db.members.bulkAdd(data.members);
    // Snapshots from before stand-ups were exported (and daily backups) hold none: keep the table.
    if (data.standups) {
      await db.standups.clear();
      await db.standups.bulkAdd(asStandupRows(data.standups));
    }
  });
}
