import { beforeEach, describe, expect, it } from 'vitest';
import { liveAttachments } from '../../../src/domain/attachments';
import { attachFiles, type AttachDeps } from '../../../src/features/attachments/attachFiles';
import { summaryLines } from '../../../src/features/attachments/AttachSummaryText';
import type { PrepareResult } from '../../../src/features/attachments/prepareFile';
import { de } from '../../../src/i18n/attachments';
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
  if (text === 'huge') return { ok: false, reason: 'tooManyPixels', width: 20_000, height: 20_000 };
  return { ok: true, type: 'image/jpeg', hash: `hash-${text}`, size: blob.size, thumb: null };
};

const plenty: AttachDeps = { prepare: fakePrepare, usage: async () => ({ usage: 0, quota: 1e9 }) };

describe('attachFiles', () => {
  it('attaches in order and sums up in one message, each refusal with its German reason', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    const progress: number[] = [];
    const summary = await attachFiles(
      id,
      [
        file('a.jpg', 'a'),
        file('IMG_1.HEIC', 'heic'),
        file('b.jpg', 'b'),
        file('a-again.jpg', 'a'),
        file('riesig.png', 'huge'),
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
      '„IMG_1.HEIC“: HEIC-Fotos (iPhone) kann der Browser nicht anzeigen. Bitte als JPEG speichern und erneut anhängen.',
      '„riesig.png“: Das Bild ist zu groß (20.000 × 20.000 Pixel, höchstens 50 Megapixel). Bitte verkleinert als JPEG speichern.',
    ]);
  });

  it('refuses a file that would fill the storage before writing it, and warns', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    const summary = await attachFiles(id, [file('a.jpg', 'a'.repeat(100))], undefined, {
      prepare: fakePrepare,
      usage: async () => ({ usage: 950, quota: 1000 }),
    });
    expect(summary.refused.map((r) => r.reason)).toEqual(['quota']);
    expect(summary.nearQuota).toBe(true);
    expect(await db.blobs.count()).toBe(0);
  });
});
