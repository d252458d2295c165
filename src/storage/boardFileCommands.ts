// Export and import of the shared board file. Parsing, validation, merge and preview happen before
// any transaction (src/boardfile, pure); the import is one write that first keeps a snapshot, so it
// can be undone in one step.
import { base64ToBytes, bytesToBase64 } from '../boardfile/base64';
import { parseBoardFile, type ParseError } from '../boardfile/parse';
import { previewImport, type ImportPreview } from '../boardfile/preview';
import { boardFileName, serializeBoardFile, toBoardFile } from '../boardfile/serialize';
import type { BoardFile, FileBlob } from '../boardfile/format';
import { itemAttachments } from '../domain/attachments';
import { sha256Hex } from './contentHash';
import { mergeChannel, mergeItem, mergeMember, type BoardRecords } from '../domain/merge';
import { db, type BlobRow } from './db';
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

/** Bytes of a stored blob, unchanged. */
async function blobBytes(data: Blob): Promise<Uint8Array> {
  return new Uint8Array(await data.arrayBuffer());
}

/**
 * The bytes of every attachment a live entry names, base64 for the file. Removed attachments travel
 * as tombstones without their bytes (a colleague cannot show what the sender removed).
 */
async function readFileBlobs(records: BoardRecords): Promise<FileBlob[]> {
  const hashes = new Set<string>();
  for (const item of records.items) for (const a of itemAttachments(item)) if (!a.deleted) hashes.add(a.hash);
  const rows = await db.blobs.bulkGet([...hashes]);
  const blobs: FileBlob[] = [];
  for (const row of rows) {
    if (!row) continue;
    blobs.push({
      hash: row.hash,
      type: row.type,
      size: row.size,
      base64: bytesToBase64(await blobBytes(row.data)),
    });
  }
  return blobs;
}

export async function exportBoard(
  boardName: string,
  now: Date,
  today: string,
): Promise<{ text: string; fileName: string; itemCount: number }> {
  const records = await readBoardRecords();
  const deviceId = await getDeviceId();
  const blobs = await readFileBlobs(records);
  const text = serializeBoardFile(toBoardFile(records, { deviceId, exportedAt: now, boardName }, blobs));
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
  /** Attachment bytes from the file that this board does not have yet, checked against their hash. */
  newBlobs: BlobRow[];
}

export type PrepareResult = { ok: true; value: PreparedImport } | { ok: false; error: ParseError };

/** Read and check a file and compute what importing it would change. Writes nothing. */
export async function prepareImport(text: string): Promise<PrepareResult> {
  const parsed = parseBoardFile(text);
  if (!parsed.ok) return parsed;
  const blobs = await decodeNewBlobs(parsed.value.blobs ?? []);
  if (!blobs.ok) return blobs;
  const local = await readBoardRecords();
  const preview = previewImport(local, parsed.value);
  return { ok: true, value: { file: parsed.value, local, preview, newBlobs: blobs.value } };
}

/**
 * Decode the file's attachment bytes that are not stored here yet and check each against its hash
 * and size (bytes already stored are skipped without decoding). Before any transaction: hashing is
 * asynchronous work that must not run inside one.
 */
async function decodeNewBlobs(
  blobs: readonly FileBlob[],
): Promise<{ ok: true; value: BlobRow[] } | { ok: false; error: ParseError }> {
  const stored = new Set(
    await db.blobs
      .where(':id')
      .anyOf(blobs.map((b) => b.hash))
      .primaryKeys(),
  );
  const rows: BlobRow[] = [];
  for (const blob of blobs) {
    if (stored.has(blob.hash)) continue;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = base64ToBytes(blob.base64);
    } catch {
      return { ok: false, error: { kind: 'blobMismatch', detail: blob.hash } };
    }
    if (bytes.length !== blob.size || (await sha256Hex(bytes)) !== blob.hash)
      return { ok: false, error: { kind: 'blobMismatch', detail: blob.hash } };
    rows.push({
      hash: blob.hash,
      type: blob.type,
      size: blob.size,
      data: new Blob([bytes], { type: blob.type }),
    });
  }
  return { ok: true, value: rows };
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
  return write([db.items, db.channels, db.members, db.snapshots, db.blobs], async (ctx) => {
    const snapshotId = ctx.newId();
    // Bytes first, in the same transaction as the records that name them. A blob stored meanwhile
    // (another tab) is the same bytes under the same hash: put overwrites it with itself.
    if (prepared.newBlobs.length > 0) await db.blobs.bulkPut(prepared.newBlobs);
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
