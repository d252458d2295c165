// Commands for attachments. A file is checked, hashed and thumbnailed BEFORE its transaction (in the
// attach worker); then its blob, its thumbnail and its attachment entry are written in ONE
// transaction, so a failure leaves nothing half-written. Blobs are keyed by SHA-256: a photo
// attached twice (to one item or to several) is stored once.
//
// Blobs whose last attachment was removed stay in the table: an undo, a backup snapshot or an
// import may still name them. Collecting them is left to a later clean-up (see the report).
import { addAttachment, changeAttachment, type AttachmentChange } from '../../domain/attachmentEdits';
import type { Item } from '../../domain/types';
import { db, type ThumbRow } from '../db/db';
import { write } from '../db/write';

/** A file ready to be stored: everything slow (reading, hashing, thumbnailing) is done. */
export interface PreparedFile {
  name: string;
  /** Sniffed from the bytes. */
  type: string;
  size: number;
  /** SHA-256, lower-case hex. */
  hash: string;
  /** The original bytes, unchanged. */
  data: Blob;
  thumb: Omit<ThumbRow, 'hash'> | null;
}

async function requireItem(id: string): Promise<Item> {
  const item = await db.items.get(id);
  if (!item) throw new Error(`Item ${id} not found`);
  return item;
}

/** Whether a row exists, without reading its value (a blob row may be large). */
async function hasKey(table: typeof db.blobs | typeof db.thumbs, hash: string): Promise<boolean> {
  return (await table.where(':id').equals(hash).count()) > 0;
}

export type AttachOutcome = { kind: 'added'; attachmentId: string } | { kind: 'alreadyAttached' };

/** Store one prepared file on an item: blob (if new), thumbnail (if new) and entry in one transaction. */
export async function attachFile(itemId: string, file: PreparedFile): Promise<AttachOutcome> {
  return write([db.items, db.blobs, db.thumbs], async (ctx) => {
    const item = await requireItem(itemId);
    const attachmentId = ctx.newId();
    const next = addAttachment(
      item,
      { id: attachmentId, hash: file.hash, name: file.name, type: file.type, size: file.size },
      ctx.now,
      ctx.stamp,
    );
    if (next === item) return { kind: 'alreadyAttached' };
    if (!(await hasKey(db.blobs, file.hash)))
      await db.blobs.add({ hash: file.hash, type: file.type, size: file.size, data: file.data });
    if (file.thumb && !(await hasKey(db.thumbs, file.hash)))
      await db.thumbs.add({ hash: file.hash, ...file.thumb });
    await db.items.put(next);
    return { kind: 'added', attachmentId };
  });
}

/** Change rights fields of one attachment (or its tombstone); stamps that entry only. */
export async function changeAttachmentEntry(
  itemId: string,
  attachmentId: string,
  change: AttachmentChange,
): Promise<void> {
  await write([db.items], async (ctx) => {
    const next = changeAttachment(await requireItem(itemId), attachmentId, change, ctx.now, ctx.stamp);
    if (next) await db.items.put(next);
  });
}

/** Removing writes a tombstone, so it survives a merge and can be undone. */
export const removeAttachment = (itemId: string, attachmentId: string) =>
  changeAttachmentEntry(itemId, attachmentId, { deleted: true });
export const restoreAttachment = (itemId: string, attachmentId: string) =>
  changeAttachmentEntry(itemId, attachmentId, { deleted: false });

/** The original bytes of an attachment (opening it large, downloading it). */
export async function readOriginal(hash: string): Promise<Blob | null> {
  return (await db.blobs.get(hash))?.data ?? null;
}

/** The thumbnail only: the card and the gallery never need the original to show an image. */
export async function readThumb(hash: string): Promise<Blob | null> {
  return (await db.thumbs.get(hash))?.data ?? null;
}

export interface AttachmentSpace {
  blobs: number;
  thumbs: number;
  files: number;
}

/** Bytes taken by attachments (originals and thumbnails), from the size column, not the bytes. */
export async function attachmentSpace(): Promise<AttachmentSpace> {
  let blobs = 0;
  let files = 0;
  let thumbs = 0;
  await db.blobs.each((row) => {
    blobs += row.size;
    files += 1;
  });
  await db.thumbs.each((row) => {
    thumbs += row.size;
  });
  return { blobs, thumbs, files };
}

/** Store a thumbnail made later (for bytes that arrived by board file, which carries no thumbnails). */
export async function storeThumb(hash: string, thumb: Omit<ThumbRow, 'hash'>): Promise<void> {
  await write([db.thumbs], async () => {
    await db.thumbs.put({ hash, ...thumb });
  });
}
