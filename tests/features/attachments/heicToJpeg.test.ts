import { describe, expect, it } from 'vitest';
import { jpegName } from '../../../src/features/attachments/heicToJpeg';

describe('jpegName', () => {
  it('swaps the HEIC/HEIF extension for .jpg, whatever its case', () => {
    expect(jpegName('IMG_0042.HEIC')).toBe('IMG_0042.jpg');
    expect(jpegName('urlaub.heif')).toBe('urlaub.jpg');
    expect(jpegName('kamera.HIF')).toBe('kamera.jpg');
  });

  it('adds .jpg to a name without that extension', () => {
    expect(jpegName('Eingefügtes Bild 1')).toBe('Eingefügtes Bild 1.jpg');
    expect(jpegName('foto.heic.png')).toBe('foto.heic.png.jpg');
  });
});
