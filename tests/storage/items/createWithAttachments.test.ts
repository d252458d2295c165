// A new item created with the files attached in its editor before the first save (issue 16): the
// item, its attachment entries (with the rights she filled in), the blobs and thumbnails are written
// in one transaction; an image lacking rights keeps it out of Freigegeben/Veröffentlicht like a move.
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_RIGHTS } from '../../../src/domain/attachmentEdits';
import { liveAttachments } from '../../../src/domain/attachments';
import type { PreparedFile } from '../../../src/storage/attachments/attachmentCommands';
import { sha256Hex } from '../../../src/storage/attachments/contentHash';
import { db } from '../../../src/storage/db/db';
import { createItem, ImageRightsError } from '../../../src/storage/items/itemCommands';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

async function prepared(name: string, content: string, type = 'image/jpeg'): Promise<PreparedFile> {
  const bytes = new TextEncoder().encode(content);
  return {
    name,
    type,
    size: bytes.length,
    hash: await sha256Hex(bytes),
    data: new Blob([bytes], { type }),
    thumb: type.startsWith('image/')
      ? { type: 'image/webp', width: 32, height: 24, size: 1, data: new Blob(['t']) }
      : null,
  };
}

const CLEARED = {
  ...EMPTY_RIGHTS,
  creator: 'Pressestelle',
  usage: 'own' as const,
  peopleRecognisable: false,
  minorsShown: false,
};

describe('createItem with attachments', () => {
  it('writes the item, its entries with their rights, the blobs and thumbnails together', async () => {
    const photo = await prepared('markt.jpg', 'photo bytes');
    const pdf = await prepared('programm.pdf', 'pdf bytes', 'application/pdf');
    const id = await createItem({ title: 'Weihnachtsmarkt', column: 'themeninfo' }, undefined, [
      { file: photo, rights: { ...EMPTY_RIGHTS, creator: 'Frau Beispiel' } },
      { file: pdf, rights: EMPTY_RIGHTS },
    ]);
    const item = (await db.items.get(id))!;
    expect(liveAttachments(item).map((a) => [a.name, a.type, a.creator])).toEqual([
      ['markt.jpg', 'image/jpeg', 'Frau Beispiel'],
      ['programm.pdf', 'application/pdf', ''],
    ]);
    expect(await db.blobs.count()).toBe(2);
    expect(await db.thumbs.count()).toBe(1);
  });

  it('refuses, writing nothing, a new item in Freigegeben whose image lacks rights', async () => {
    const photo = await prepared('kita.jpg', 'kita bytes');
    const creating = createItem({ title: 'Kita-Fest', column: 'freigegeben' }, undefined, [
      { file: photo, rights: EMPTY_RIGHTS },
    ]);
    await expect(creating).rejects.toBeInstanceOf(ImageRightsError);
    await expect(creating).rejects.toMatchObject({ column: 'freigegeben' });
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
    expect(await db.thumbs.count()).toBe(0);
  });

  it('creates it in Veröffentlicht once the image’s rights are cleared', async () => {
    const photo = await prepared('rathaus.jpg', 'rathaus bytes');
    const id = await createItem({ title: 'Rathaus', column: 'veroeffentlicht' }, undefined, [
      { file: photo, rights: CLEARED },
    ]);
    expect((await db.items.get(id))!.column).toBe('veroeffentlicht');
  });
});
