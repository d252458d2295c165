// iPhone photos (HEIC/HEIF) become JPEG before they are checked and stored: only Safari can show
// HEIC, and a board file is opened in any browser. The JPEG replaces the original (the attach summary
// says so): one file, one hash, shown and exported like every other photo.
//
// The decoder is heic-to (libheif compiled to JavaScript, about 3 MB): loaded with the first HEIC
// file only, in a chunk of its own, never with the board. Its `csp` build runs without eval, so
// script-src stays 'self'; it decodes in a worker it starts from a blob: URL (worker-src blob:).

/** Turns a HEIC/HEIF file into a JPEG; throws when it cannot. Injectable for tests. */
export type HeicConverter = (file: Blob) => Promise<Blob>;

/** JPEG quality: close to the phone's own, so a photo meant for print loses nothing visible. */
const QUALITY = 0.92;

export const heicToJpeg: HeicConverter = async (file) => {
  const { heicTo } = await import('heic-to/csp');
  const jpeg = await heicTo({ blob: file, type: 'image/jpeg', quality: QUALITY });
  if (jpeg.size === 0) throw new Error('heic-to returned an empty JPEG');
  return jpeg;
};

/** The converted file's name: `IMG_0042.HEIC` → `IMG_0042.jpg` (a name without extension gains one). */
export function jpegName(name: string): string {
  return `${name.replace(/\.(heic|heif|hif)$/i, '')}.jpg`;
}
