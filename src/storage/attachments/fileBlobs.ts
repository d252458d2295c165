// Attachment bytes in and out of the board file (format version 2). Used by the board-file jobs in
// the worker or inline: base64 and SHA-256 over many photos must not block the page.
import { base64ToBytes, bytesToBase64 } from '../../boardfile/base64';
import type { FileBlob } from '../../boardfile/format';
import type { ParseError } from '../../boardfile/parse';
import type { NewBlob } from '../../boardfile/prepare';
import { itemAttachments } from '../../domain/attachments';
import type { BoardRecords } from '../../domain/merge';
import { sha256Hex } from './contentHash';
import { db } from '../db/db';

/**
 * The bytes of every attachment a live entry names, base64 for the file. Removed attachments travel
 * as tombstones without their bytes (a colleague cannot show what the sender removed).
 */
export async function readFileBlobs(records: BoardRecords): Promise<FileBlob[]> {
  const hashes = new Set<string>();
  for (const item of records.items) for (const a of itemAttachments(item)) if (!a.deleted) hashes.add(a.hash);
  const rows = await db.blobs.bulkGet([...hashes]);
  const blobs: FileBlob[] = [];
  for (const row of rows) {
    if (!row) continue;
    const bytes = new Uint8Array(await row.data.arrayBuffer());
    blobs.push({ hash: row.hash, type: row.type, size: row.size, base64: bytesToBase64(bytes) });
  }
  return blobs;
}

/**
 * Decode the file's attachment bytes that are not stored here yet and check each against its hash
 * and size (bytes already stored are skipped without decoding). Before any transaction: hashing is
 * asynchronous work that must not run inside one.
 */
export async function decodeNewBlobs(
  blobs: readonly FileBlob[],
): Promise<{ ok: true; value: NewBlob[] } | { ok: false; error: ParseError }> {
  const stored = new Set(
    await db.blobs
      .where(':id')
      .anyOf(blobs.map((b) => b.hash))
      .primaryKeys(),
  );
  const rows: NewBlob[] = [];
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
