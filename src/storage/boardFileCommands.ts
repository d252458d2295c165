// Export and import of the shared board file. Parsing, validation, merge and preview happen before
// any transaction (src/boardfile, pure); the import is one write that first keeps a snapshot, so it
// can be undone in one step.
import { parseBoardFile, type ParseError } from '../boardfile/parse';
import { previewImport, type ImportPreview } from '../boardfile/preview';
import { boardFileName, serializeBoardFile, toBoardFile } from '../boardfile/serialize';
import type { BoardFile } from '../boardfile/format';
import { mergeChannel, mergeItem, mergeMember, type BoardRecords } from '../domain/merge';
import { db } from './db';
import { toStorageError } from './errors';
import { snapshotsToDelete } from '../domain/backups';
import { deleteSnapshots, listSnapshots, noteSnapshot } from './snapshotIndex';
import { getDeviceId, write } from './write';

const LAST_EXPORT_KEY = 'lastExportAt';

/** Every record including tombstones: a deletion must travel to colleagues too. */
export async function readBoardRecords(): Promise<BoardRecords> {
  try {
    return await db.transaction('r', [db.items, db.channels, db.members], async () => ({
      items: await db.items.toArray(),
      channels: await db.channels.toArray(),
      members: await db.members.toArray(),
    }));
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function exportBoard(
  boardName: string,
  now: Date,
  today: string,
): Promise<{ text: string; fileName: string; itemCount: number }> {
  const records = await readBoardRecords();
  const deviceId = await getDeviceId();
  const text = serializeBoardFile(toBoardFile(records, { deviceId, exportedAt: now, boardName }));
  await write([], async () => {
    await db.meta.put({ key: LAST_EXPORT_KEY, value: now.getTime() });
  });
  return {
    text,
    fileName: boardFileName(boardName, today),
    itemCount: records.items.filter((i) => !i.deleted).length,
  };
}

export interface PreparedImport {
  file: BoardFile;
  local: BoardRecords;
  preview: ImportPreview;
}

export type PrepareResult = { ok: true; value: PreparedImport } | { ok: false; error: ParseError };

/** Read and check a file and compute what importing it would change. Writes nothing. */
export async function prepareImport(text: string): Promise<PrepareResult> {
  const parsed = parseBoardFile(text);
  if (!parsed.ok) return parsed;
  const local = await readBoardRecords();
  const preview = previewImport(local, parsed.value);
  return { ok: true, value: { file: parsed.value, local, preview } };
}

function maxStamp(records: BoardRecords): string | undefined {
  let max: string | undefined;
  const consider = (stamp: string | undefined) => {
    if (stamp && (max === undefined || max < stamp)) max = stamp;
  };
  for (const list of [records.items, records.channels, records.members])
    for (const record of list) for (const stamp of Object.values(record.clocks)) consider(stamp);
  return max;
}

/**
 * Write a prepared import: snapshot the board, then put the merged records in one transaction.
 * A record that changed locally since the preview is merged once more with its current row
 * (merge is associative, so the result is the same as merging everything at once).
 * Returns the snapshot id for undo.
 */
export async function applyImport(prepared: PreparedImport): Promise<string> {
  const { preview, file } = prepared;
  const localById = new Map(prepared.local.items.map((i) => [i.id, i]));
  return write([db.items, db.channels, db.members, db.snapshots], async (ctx) => {
    const snapshotId = ctx.newId();
    const before = {
      items: await db.items.toArray(),
      channels: await db.channels.toArray(),
      members: await db.members.toArray(),
    };
    await db.snapshots.add({ id: snapshotId, createdAt: ctx.now, reason: 'import', data: before });
    // Listed in Einstellungen among the backups, without reading the whole board back.
    await noteSnapshot(snapshotId, {
      reason: 'import',
      itemCount: before.items.filter((i) => !i.deleted).length,
    });
    // Rotate now, not at the next daily backup: a day of syncing every few minutes would otherwise
    // pile up whole-board copies until the disk is full.
    await deleteSnapshots(snapshotsToDelete(await listSnapshots()));
    const changed = preview.merged.items.filter((i) => preview.changedIds.has(i.id));
    const current = await db.items.bulkGet(changed.map((i) => i.id));
    const rows = changed.map((merged, n) => {
      const now = current[n];
      const before = localById.get(merged.id);
      if (!now || (before && JSON.stringify(now) === JSON.stringify(before))) return merged;
      return mergeItem(now, merged);
    });
    await db.items.bulkPut(rows);
    const channels = await db.channels.toArray();
    const channelById = new Map(channels.map((c) => [c.id, c]));
    await db.channels.bulkPut(
      preview.merged.channels.map((c) =>
        channelById.has(c.id) ? mergeChannel(channelById.get(c.id)!, c) : c,
      ),
    );
    const members = await db.members.toArray();
    const memberById = new Map(members.map((m) => [m.id, m]));
    await db.members.bulkPut(
      preview.merged.members.map((m) => (memberById.has(m.id) ? mergeMember(memberById.get(m.id)!, m) : m)),
    );
    // Our next edit must beat everything we have now seen (skewed future clocks are clamped there).
    const seen = maxStamp(file);
    if (seen) ctx.observe(seen);
    return snapshotId;
  });
}

/** Put the board back exactly as it was before an import (or any snapshot). */
export async function restoreSnapshot(snapshotId: string): Promise<void> {
  await write([db.items, db.channels, db.members, db.snapshots], async () => {
    const snapshot = await db.snapshots.get(snapshotId);
    if (!snapshot) throw new Error(`Snapshot ${snapshotId} not found`);
    const data = snapshot.data as BoardRecords;
    await Promise.all([db.items.clear(), db.channels.clear(), db.members.clear()]);
    await db.items.bulkAdd(data.items);
    await db.channels.bulkAdd(data.channels);
    await db.members.bulkAdd(data.members);
  });
}
