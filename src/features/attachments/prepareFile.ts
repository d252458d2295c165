// The slow part of attaching a file, done in the attach worker (off the main thread): read the bytes,
// check them (type by magic bytes, size, header dimensions, truncation), hash them, and make a small
// WebP thumbnail of raster images. Nothing is stored here; storage happens in one transaction after.
import { checkFile } from '../../domain/fileCheck';
import type { PrepareRefusal } from '../../storage/attachments/refusals';
import { sha256Hex } from '../../storage/attachments/contentHash';

/** Longest side of a thumbnail in pixels: sharp on a card (about 260 px wide) without being heavy. */
export const THUMB_SIZE = 320;

export interface PreparedThumb {
  type: string;
  width: number;
  height: number;
  size: number;
  data: Blob;
}

export type PrepareResult =
  | { ok: true; type: string; hash: string; size: number; thumb: PreparedThumb | null }
  | { ok: false; reason: PrepareRefusal; width?: number; height?: number };

/**
 * Decodes the image fully (EXIF rotation applied by createImageBitmap) and draws it scaled down. A
 * decode failure means the file is damaged even though its header looked right.
 */
async function makeThumb(data: Blob): Promise<PreparedThumb> {
  const bitmap = await createImageBitmap(data);
  try {
    const scale = Math.min(1, THUMB_SIZE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0, width, height);
    const thumb = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
    return { type: thumb.type, width, height, size: thumb.size, data: thumb };
  } finally {
    bitmap.close();
  }
}

export async function prepareFile(file: Blob): Promise<PrepareResult> {
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const verdict = checkFile(file.size, new Uint8Array(buffer));
  if (!verdict.ok) {
    const { reason, width, height } = verdict;
    return width === undefined ? { ok: false, reason } : { ok: false, reason, width, height: height! };
  }
  const hash = await sha256Hex(buffer);
  let thumb: PreparedThumb | null = null;
  if (verdict.type.startsWith('image/') && verdict.type !== 'image/svg+xml') {
    try {
      thumb = await makeThumb(new Blob([buffer], { type: verdict.type }));
    } catch {
      return { ok: false, reason: 'damaged' };
    }
  }
  return { ok: true, type: verdict.type, hash, size: file.size, thumb };
}
