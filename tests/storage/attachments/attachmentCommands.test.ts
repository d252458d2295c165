import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { liveAttachments } from '../../../src/domain/attachments';
import {
  attachFile,
  attachmentSpace,
  changeAttachmentEntry,
  removeAttachment,
  restoreAttachment,
  type PreparedFile,
} from '../../../src/storage/attachments/attachmentCommands';
import { sha256Hex } from '../../../src/storage/attachments/contentHash';
import { db, RedaktionsplanDB } from '../../../src/storage/db/db';
import { createItem, ImageRightsError, moveItem } from '../../../src/storage/items/itemCommands';
import { de as rightsDe } from '../../../src/i18n/rights';
import { resetDb } from '../resetDb';
import { V1_STORES } from '../v1Stores';

beforeEach(resetDb);

async function prepared(name: string, content: string, withThumb = true): Promise<PreparedFile> {
  const bytes = new TextEncoder().encode(content);
  return {
    name,
    type: 'image/jpeg',
    size: bytes.length,
    hash: await sha256Hex(bytes),
    data: new Blob([bytes], { type: 'image/jpeg' }),
    thumb: withThumb ? { type: 'image/webp', width: 32, height: 24, size: 1, data: new Blob(['t']) } : null,
  };
}

const rowOf = async (id: string) => (await db.items.get(id))!;

describe('content hash', () => {
  it('is the SHA-256 of the bytes in hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('attaching files', () => {
  it('stores the same photo once however often it is attached', async () => {
    const a = await createItem({ title: 'Stadtfest', column: 'entwurf' });
    const b = await createItem({ title: 'Newsletter', column: 'entwurf' });
    const photo = await prepared('fest.jpg', 'same bytes');
    expect((await attachFile(a, photo)).kind).toBe('added');
    expect((await attachFile(a, { ...photo, name: 'kopie.jpg' })).kind).toBe('alreadyAttached');
    expect((await attachFile(b, photo)).kind).toBe('added');
    expect(await db.blobs.count()).toBe(1);
    expect(await db.thumbs.count()).toBe(1);
    expect(liveAttachments(await rowOf(a)).map((x) => x.name)).toEqual(['fest.jpg']);
    expect(await attachmentSpace()).toEqual({ blobs: photo.size, thumbs: 1, files: 1 });
  });

  it('writes nothing when the item is gone (blob, thumbnail and entry are one transaction)', async () => {
    await expect(attachFile('missing', await prepared('x.jpg', 'x'))).rejects.toThrow();
    expect(await db.blobs.count()).toBe(0);
    expect(await db.thumbs.count()).toBe(0);
  });

  it('removes as a tombstone and restores it', async () => {
    const id = await createItem({ title: 'A', column: 'idee' });
    const outcome = await attachFile(id, await prepared('a.jpg', 'a'));
    const attachmentId = outcome.kind === 'added' ? outcome.attachmentId : '';
    await removeAttachment(id, attachmentId);
    expect(liveAttachments(await rowOf(id))).toEqual([]);
    expect((await rowOf(id)).attachments).toHaveLength(1);
    await restoreAttachment(id, attachmentId);
    expect(liveAttachments(await rowOf(id))).toHaveLength(1);
  });
});

describe('moves refused for missing image rights', () => {
  it('refuses drag, menu and undo moves into Freigegeben and writes nothing', async () => {
    const id = await createItem({ title: 'Kita', column: 'entwurf' });
    const outcome = await attachFile(id, await prepared('kita.jpg', 'kita'));
    const attachmentId = outcome.kind === 'added' ? outcome.attachmentId : '';
    const before = await rowOf(id);

    const refusal = await moveItem(id, { column: 'freigegeben', at: 'top' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ImageRightsError);
    expect((refusal as ImageRightsError).column).toBe('freigegeben');
    expect((refusal as ImageRightsError).problems).toEqual([
      { attachmentId, name: 'kita.jpg', missing: ['creator', 'usage', 'peopleAnswer', 'minorsAnswer'] },
    ]);
    expect(rightsDe.moveRefused('Freigegeben', (refusal as ImageRightsError).problems)).toBe(
      'Nicht nach „Freigegeben“ verschoben: Bildrechte ungeklärt. „kita.jpg“ fehlt: Urheber, Nutzungsrecht, Angabe „Personen erkennbar“, Angabe „Minderjährige abgebildet“.',
    );
    await expect(moveItem(id, { column: 'veroeffentlicht', rank: 'a0' })).rejects.toBeInstanceOf(
      ImageRightsError,
    );
    await expect(moveItem(id, { column: 'freigegeben', rank: 'a0' })).rejects.toBeInstanceOf(
      ImageRightsError,
    );
    expect(await rowOf(id)).toEqual(before);

    await moveItem(id, { column: 'idee', at: 'top' }); // other columns stay open
    await changeAttachmentEntry(id, attachmentId, {
      creator: 'Stadt Taunusstein',
      usage: 'own',
      peopleRecognisable: false,
      minorsShown: false,
    });
    await moveItem(id, { column: 'freigegeben', at: 'top' });
    expect((await rowOf(id)).column).toBe('freigegeben');
  });
});

describe('schema version 2', () => {
  it('gives items written by version 1 an empty attachment list and adds the thumbs table', async () => {
    const name = 'upgrade-test';
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('items').add({ id: 'old', title: 'Alt', column: 'idee', rank: 'a0', checklist: [] });
    v1.close();
    const v2 = new RedaktionsplanDB(name);
    expect((await v2.items.get('old'))?.attachments).toEqual([]);
    expect(await v2.thumbs.count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });
});
