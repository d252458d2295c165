import { beforeEach, describe, expect, it } from 'vitest';
import { liveAttachments } from '../../../src/domain/attachments';
import { attachFiles, collectFiles, type AttachDeps } from '../../../src/features/attachments/attachFiles';
import { summaryLines } from '../../../src/features/attachments/AttachSummaryText';
import type { PrepareResult } from '../../../src/features/attachments/prepareFile';
import { de } from '../../../src/i18n/attachments';
import type { PreparedFile } from '../../../src/storage/attachments/attachmentCommands';
import { db } from '../../../src/storage/db/db';
import { createItem } from '../../../src/storage/items/itemCommands';
import { resetDb } from '../../storage/resetDb';

beforeEach(resetDb);

const contents = new WeakMap<Blob, string>();
function file(name: string, content: string): File {
  const f = new File([content], name, { type: 'image/jpeg' });
  contents.set(f, content);
  return f;
}

/** Stands in for the worker: a file's content says what the worker would answer. */
const fakePrepare = async (blob: Blob): Promise<PrepareResult> => {
  const text = contents.get(blob) ?? '';
  if (text === 'heic') return { ok: false, reason: 'heic' };
  if (text === 'empty') return { ok: false, reason: 'empty' };
  if (text === 'huge') return { ok: false, reason: 'tooManyPixels', width: 20_000, height: 20_000 };
  return { ok: true, type: 'image/jpeg', hash: `hash-${text}`, size: blob.size, thumb: null };
};

/** Stands in for heic-to: a HEIC file becomes a JPEG whose content names it. */
const fakeConvert = async (blob: Blob): Promise<Blob> => {
  const jpeg = new Blob([`jpeg-of-${blob.size}`], { type: 'image/jpeg' });
  contents.set(jpeg, `converted-${contents.get(blob)}`);
  return jpeg;
};

const plenty: AttachDeps = {
  prepare: fakePrepare,
  usage: async () => ({ usage: 0, quota: 1e9 }),
  convertHeic: fakeConvert,
};

describe('attachFiles', () => {
  it('attaches in order and sums up in one message, each refusal with its German reason', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    const progress: number[] = [];
    const summary = await attachFiles(
      id,
      [
        file('a.jpg', 'a'),
        file('riesig.png', 'huge'),
        file('b.jpg', 'b'),
        file('a-again.jpg', 'a'),
        file('leer.jpg', 'empty'),
      ],
      (done) => progress.push(done),
      plenty,
    );
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(liveAttachments((await db.items.get(id))!).map((a) => a.name)).toEqual(['a.jpg', 'b.jpg']);
    expect(summaryLines(de, summary)).toEqual([
      '2 Dateien angehängt.',
      '1 Datei war schon angehängt.',
      '2 Dateien nicht angehängt:',
      '„riesig.png“: Das Bild ist zu groß (20.000 × 20.000 Pixel, höchstens 50 Megapixel). Bitte verkleinert als JPEG speichern.',
      '„leer.jpg“: Die Datei ist leer (0 Byte).',
    ]);
  });

  it('stores an iPhone photo as the JPEG made from it, and says the JPEG replaces the original', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    const heic = file('IMG_0042.HEIC', 'heic');
    const summary = await attachFiles(id, [heic], undefined, plenty);

    const [entry, ...others] = liveAttachments((await db.items.get(id))!);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ name: 'IMG_0042.jpg', type: 'image/jpeg', hash: 'hash-converted-heic' });
    expect(await db.blobs.count()).toBe(1);
    expect((await db.blobs.get('hash-converted-heic'))?.type).toBe('image/jpeg');
    expect(summaryLines(de, summary)).toEqual([
      '1 Datei angehängt.',
      '„IMG_0042.HEIC“: iPhone-Foto (HEIC) wurde in JPEG umgewandelt und als „IMG_0042.jpg“ angehängt. Das JPEG ersetzt das Original.',
    ]);
  });

  it('hands the store the JPEG’s bytes, not the HEIC’s', async () => {
    const kept: PreparedFile[] = [];
    const heic = file('IMG_0042.HEIC', 'heic');
    await collectFiles(
      async (prepared) => {
        kept.push(prepared);
        return { kind: 'added', attachmentId: 'x' };
      },
      [heic],
      undefined,
      plenty,
    );
    expect(kept.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: 'IMG_0042.jpg', type: 'image/jpeg' },
    ]);
    expect(kept[0]!.data.type).toBe('image/jpeg');
    expect(kept[0]!.data.size).toBe(`jpeg-of-${heic.size}`.length); // jsdom's Blob has no text()
  });

  it('refuses an iPhone photo the decoder cannot read (heicFailed) and stores nothing', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    const summary = await attachFiles(id, [file('IMG_0043.HEIC', 'heic'), file('b.jpg', 'b')], undefined, {
      ...plenty,
      convertHeic: async () => {
        throw new Error('libheif: Unsupported feature');
      },
    });
    expect(summary.refused).toEqual([{ name: 'IMG_0043.HEIC', reason: 'heicFailed', size: 4 }]);
    expect(summary.converted).toEqual([]);
    expect(liveAttachments((await db.items.get(id))!).map((a) => a.name)).toEqual(['b.jpg']);
    expect(await db.blobs.count()).toBe(1);
    expect(summaryLines(de, summary)).toEqual([
      '1 Datei angehängt.',
      '1 Datei nicht angehängt:',
      '„IMG_0043.HEIC“: Das iPhone-Foto (HEIC) konnte nicht umgewandelt werden. Bitte auf dem iPhone als JPEG exportieren (oder unter Einstellungen → Kamera → Formate „Maximale Kompatibilität“ wählen) und erneut anhängen.',
    ]);
  });

  it('refuses an iPhone photo over the image size limit without decoding it', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    let decoded = false;
    const big = new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'IMG_0044.HEIC');
    contents.set(big, 'heic');
    const summary = await attachFiles(id, [big], undefined, {
      ...plenty,
      convertHeic: async (blob) => {
        decoded = true;
        return fakeConvert(blob);
      },
    });
    expect(decoded).toBe(false);
    expect(summary.refused.map((r) => r.reason)).toEqual(['tooLarge']);
    expect(await db.blobs.count()).toBe(0);
  });

  it('refuses a file that would fill the storage before writing it, and warns', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    const summary = await attachFiles(id, [file('a.jpg', 'a'.repeat(100))], undefined, {
      ...plenty,
      usage: async () => ({ usage: 950, quota: 1000 }),
    });
    expect(summary.refused.map((r) => r.reason)).toEqual(['quota']);
    expect(summary.nearQuota).toBe(true);
    expect(await db.blobs.count()).toBe(0);
  });
});
