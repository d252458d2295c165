// What a file really is, read from its first bytes (never from its name or the browser's guess), and
// whether we accept it: type, size limit, image dimensions read from the header (so a 20,000 × 20,000
// image is refused before anything tries to decode it) and a cheap check for truncated images.
// Pure functions over bytes; the attach worker calls them.

/** Limits stated in the UI (i18n attachments.limits). */
export const ATTACHMENT_LIMITS = {
  imageBytes: 25 * 1024 * 1024,
  pdfBytes: 25 * 1024 * 1024,
  videoBytes: 100 * 1024 * 1024,
  /** 50 megapixels: every phone photo fits; decoding more would need hundreds of MB of memory. */
  imagePixels: 50_000_000,
} as const;

export type SniffedType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/webp'
  | 'image/gif'
  | 'image/svg+xml'
  | 'application/pdf'
  | 'video/mp4'
  | 'video/webm';

export type RefusalReason = 'empty' | 'heic' | 'unknownType' | 'tooLarge' | 'tooManyPixels' | 'damaged';

export type FileVerdict =
  | { ok: true; type: SniffedType; width: number | null; height: number | null }
  | { ok: false; reason: RefusalReason; type?: SniffedType; width?: number; height?: number };

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** HEIC/HEIF/AVIF: an ISO-BMFF 'ftyp' box whose brand is an image brand. */
function isHeif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 4) !== 'ftyp') return false;
  const brand = ascii(bytes, 8, 4);
  return ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis'].includes(brand);
}

/** The type the bytes say, 'heic' for Apple's format we cannot show, null when unknown. */
export function sniffType(bytes: Uint8Array): SniffedType | 'heic' | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  if (isHeif(bytes)) return 'heic';
  if (ascii(bytes, 4, 4) === 'ftyp') return 'video/mp4';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head))
    return 'image/svg+xml';
  return null;
}

export interface Dimensions {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + u16be(b, at + 2);

interface JpegLayout {
  dimensions: Dimensions | null;
  /** Offset of the first start-of-scan marker (image data follows). */
  scanAt: number | null;
}

/** Walks the JPEG marker segments up to the first scan. */
function jpegLayout(b: Uint8Array): JpegLayout {
  let at = 2;
  let dimensions: Dimensions | null = null;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { dimensions, scanAt: null };
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xda) return { dimensions, scanAt: at };
    const length = u16be(b, at + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC) carry height then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 <= b.length) dimensions = { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    at += 2 + length;
  }
  return { dimensions, scanAt: null };
}

/** Width and height from the file header, without decoding; null when the header does not say. */
export function imageDimensions(bytes: Uint8Array, type: SniffedType): Dimensions | null {
  switch (type) {
    case 'image/jpeg':
      return jpegLayout(bytes).dimensions;
    case 'image/png':
      return bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR'
        ? { width: u32be(bytes, 16), height: u32be(bytes, 20) }
        : null;
    case 'image/gif':
      return bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : null;
    case 'image/webp': {
      const chunk = ascii(bytes, 12, 4);
      if (chunk === 'VP8X' && bytes.length >= 30)
        return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
      if (chunk === 'VP8 ' && bytes.length >= 30)
        return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
      if (chunk === 'VP8L' && bytes.length >= 25) {
        const bits = bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24);
        return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
      }
      return null;
    }
    default:
      return null;
  }
}

function lastIndexOfPair(b: Uint8Array, first: number, second: number, from: number): number {
  for (let i = b.length - 2; i >= from; i--) if (b[i] === first && b[i + 1] === second) return i;
  return -1;
}

/**
 * A cut-off download or transfer: a JPEG without an end-of-image marker after its scan data, a PNG
 * without its IEND chunk. Browsers often show such files half grey instead of failing, so the bytes
 * are checked, not just the decoder.
 */
export function looksTruncated(bytes: Uint8Array, type: SniffedType): boolean {
  if (type === 'image/jpeg') {
    const { scanAt } = jpegLayout(bytes);
    return scanAt === null || lastIndexOfPair(bytes, 0xff, 0xd9, scanAt) < 0;
  }
  if (type === 'image/png') {
    const tail = ascii(bytes, Math.max(0, bytes.length - 64), 64);
    return !tail.includes('IEND');
  }
  return false;
}

export function sizeLimit(type: SniffedType): number {
  if (type.startsWith('video/')) return ATTACHMENT_LIMITS.videoBytes;
  if (type === 'application/pdf') return ATTACHMENT_LIMITS.pdfBytes;
  return ATTACHMENT_LIMITS.imageBytes;
}

/**
 * The verdict on a file from its size and its bytes (the whole file for truncation, or at least its
 * first 64 KB for the rest).
 */
export function checkFile(size: number, bytes: Uint8Array): FileVerdict {
  if (size === 0 || bytes.length === 0) return { ok: false, reason: 'empty' };
  const sniffed = sniffType(bytes);
  if (sniffed === 'heic') return { ok: false, reason: 'heic' };
  if (sniffed === null) return { ok: false, reason: 'unknownType' };
  if (size > sizeLimit(sniffed)) return { ok: false, reason: 'tooLarge', type: sniffed };
  const dims = imageDimensions(bytes, sniffed);
  if (dims && dims.width * dims.height > ATTACHMENT_LIMITS.imagePixels)
    return { ok: false, reason: 'tooManyPixels', type: sniffed, ...dims };
  const raster = sniffed.startsWith('image/') && sniffed !== 'image/svg+xml';
  if (raster && (!dims || dims.width === 0 || dims.height === 0 || looksTruncated(bytes, sniffed)))
    return { ok: false, reason: 'damaged', type: sniffed };
  return { ok: true, type: sniffed, width: dims?.width ?? null, height: dims?.height ?? null };
}
