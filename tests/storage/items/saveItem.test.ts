import { sortChecklist } from '../../../src/domain/items';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { StorageError } from '../../../src/storage/db/errors';
import { createItem, ItemValidationError, saveItem } from '../../../src/storage/items/itemCommands';
import { clockSource } from '../../../src/storage/db/write';

let now = Date.UTC(2026, 2, 2, 8, 0);
beforeEach(async () => {
  vi.spyOn(clockSource, 'now').mockImplementation(() => now);
  db.close();
  await db.delete();
  await db.open();
});
afterEach(() => vi.restoreAllMocks());

describe('saveItem', () => {
  it('writes changed fields and checklist entries in one go, stamping only those', async () => {
    const id = await createItem({ title: 'Podcast Folge 12', column: 'idee' });
    const before = (await db.items.get(id))!;
    const [text, bild] = before.checklist;
    now += 1000;
    await saveItem(id, { title: 'Podcast Folge 12: Wasser', brief: before.brief }, [
      { ...text!, done: true },
      { ...bild!, deleted: true },
      { id: 'neu', label: 'Schnitt', done: false, deleted: false },
    ]);
    const after = (await db.items.get(id))!;
    expect(after.title).toBe('Podcast Folge 12: Wasser');
    expect(after.clocks.title! > before.clocks.title!).toBe(true);
    expect(after.clocks.brief).toBe(before.clocks.brief);
    expect(after.checklist.find((e) => e.id === text!.id)).toMatchObject({ done: true });
    expect(after.checklist.find((e) => e.id === bild!.id)).toMatchObject({ deleted: true });
    expect(after.checklist.find((e) => e.id === 'neu')).toMatchObject({ label: 'Schnitt', deleted: false });
    expect(after.checklist[2]).toEqual(before.checklist[2]);
  });

  it('leaves an entry that is passed unchanged alone (its clock stays)', async () => {
    const id = await createItem({ title: 'Grundsteuer', column: 'idee' });
    const before = (await db.items.get(id))!;
    now += 1000;
    await saveItem(id, {}, [{ ...before.checklist[0]!, deleted: false }]);
    expect((await db.items.get(id))!).toEqual(before);
  });

  it('refuses an empty title before opening a transaction', async () => {
    const id = await createItem({ title: 'Radwege', column: 'idee' });
    await expect(saveItem(id, { title: '  ' })).rejects.toBeInstanceOf(ItemValidationError);
  });

  it('writes nothing when the write fails', async () => {
    const id = await createItem({ title: 'Kita', column: 'idee' });
    vi.spyOn(db.items, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const error = await saveItem(id, { title: 'Kita neu' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect((await db.items.get(id))!.title).toBe('Kita');
  });
});

describe('createItem with a prepared checklist', () => {
  it('creates the item with the prepared checklist at the top of its column', async () => {
    const first = await createItem({ title: 'Alt', column: 'entwurf' });
    const id = await createItem({ title: ' Neu ', column: 'entwurf', placement: 'start' }, [
      { label: 'Text', done: true },
      { label: 'Video', done: false },
    ]);
    const item = (await db.items.get(id))!;
    expect(item.title).toBe('Neu');
    expect(item.rank < (await db.items.get(first))!.rank).toBe(true);
    expect(item.checklist.map((e) => [e.label, e.done, e.deleted])).toEqual([
      ['Text', true, false],
      ['Video', false, false],
    ]);
    expect(new Set(item.checklist.map((e) => e.id)).size).toBe(2);
    // Ranked in the order given, so a merge on another device lists them the same way.
    expect(sortChecklist(item.checklist).map((e) => e.label)).toEqual(['Text', 'Video']);
  });
});
