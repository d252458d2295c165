import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, checkFile, imageDimensions, sniffType } from '../../src/domain/fileCheck';

/** A JPEG's structure (markers, frame header, scan) without real image data. */
function jpeg(width: number, height: number, { end = true } = {}): Uint8Array {
  const sof = [
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  const sos = [0xff, 0xda, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0];
  const app0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, ...sos, 1, 2, 3, 4, ...(end ? [0xff, 0xd9] : [])]);
}

function png(width: number, height: number, { end = true } = {}): Uint8Array {
  const b = new Uint8Array(33 + (end ? 12 : 0));
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  if (end) b.set([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], 33);
  return b;
}

const text = (s: string) => new TextEncoder().encode(s);
const ftyp = (brand: string) => new Uint8Array([0, 0, 0, 24, ...text('ftyp'), ...text(brand), 0, 0, 0, 0]);

describe('sniffType reads the bytes, not the name', () => {
  it.each([
    [jpeg(10, 10), 'image/jpeg'],
    [png(10, 10), 'image/png'],
    [text('GIF89a\x0a\x00\x0a\x00'), 'image/gif'],
    [text('RIFF\0\0\0\0WEBPVP8 '), 'image/webp'],
    [text('%PDF-1.7\n'), 'application/pdf'],
    [new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1]), 'video/webm'],
    [ftyp('isom'), 'video/mp4'],
    [ftyp('heic'), 'heic'],
    [text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    [text('<html><script>alert(1)</script>'), null],
    [text('MZ\x90\x00'), null],
  ])('%#', (bytes, expected) => {
    expect(sniffType(bytes)).toBe(expected);
  });
});

describe('checkFile', () => {
  it('accepts a JPEG and reads its size from the header', () => {
    const bytes = jpeg(4000, 3000);
    expect(checkFile(bytes.length, bytes)).toEqual({
      ok: true,
      type: 'image/jpeg',
      width: 4000,
      height: 3000,
    });
    expect(imageDimensions(png(640, 480), 'image/png')).toEqual({ width: 640, height: 480 });
  });

  it('refuses an empty file, HEIC and unknown types', () => {
    expect(checkFile(0, new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkFile(20, ftyp('heic'))).toMatchObject({ ok: false, reason: 'heic' });
    const exe = text('MZ\x90\x00');
    expect(checkFile(exe.length, exe)).toMatchObject({ ok: false, reason: 'unknownType' });
  });

  it('refuses a 20,000 × 20,000 image from its header, before decoding', () => {
    const huge = png(20_000, 20_000);
    expect(checkFile(huge.length, huge)).toMatchObject({ ok: false, reason: 'tooManyPixels', width: 20_000 });
  });

  it('refuses truncated images', () => {
    const cut = jpeg(100, 100, { end: false });
    expect(checkFile(cut.length, cut)).toMatchObject({ ok: false, reason: 'damaged' });
    const cutPng = png(100, 100, { end: false });
    expect(checkFile(cutPng.length, cutPng)).toMatchObject({ ok: false, reason: 'damaged' });
    const headerOnly = jpeg(100, 100).subarray(0, 30);
    expect(checkFile(headerOnly.length, headerOnly)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('applies the stated size limits per kind', () => {
    const bytes = jpeg(10, 10);
    expect(checkFile(ATTACHMENT_LIMITS.imageBytes + 1, bytes)).toMatchObject({
      ok: false,
      reason: 'tooLarge',
    });
    const video = ftyp('isom');
    expect(checkFile(ATTACHMENT_LIMITS.imageBytes + 1, video).ok).toBe(true);
    expect(checkFile(ATTACHMENT_LIMITS.videoBytes + 1, video)).toMatchObject({ reason: 'tooLarge' });
  });
});
