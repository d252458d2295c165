import { sortChecklist } from '../../../src/domain/items';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { StorageError } from '../../../src/storage/db/errors';
import { createItem, ItemValidationError } from '../../../src/storage/items/itemCommands';
import { EditConflictError, saveItem } from '../../../src/storage/items/saveItem';
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

  it('refuses, writing nothing, a save of a field changed since the form opened (another tab)', async () => {
    const id = await createItem({ title: 'Wasserampel', column: 'idee' });
    const opened = (await db.items.get(id))!;
    now += 1000;
    // The other tab saves first, against the same basis: it passes.
    await saveItem(id, { title: 'Wasserampel Gelb' }, [], opened.clocks);
    const afterFirst = (await db.items.get(id))!;
    now += 1000;
    const error = await saveItem(id, { title: 'Wasserampel Rot', notes: 'Presse' }, [], opened.clocks).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EditConflictError);
    expect((error as EditConflictError).conflicts).toEqual([
      { field: 'title', theirs: 'Wasserampel Gelb', clock: afterFirst.clocks.title },
    ]);
    expect(await db.items.get(id)).toEqual(afterFirst);

    // Once she has seen their clock, her choice is written.
    await saveItem(id, { title: 'Wasserampel Rot', notes: 'Presse' }, [], {
      ...opened.clocks,
      title: afterFirst.clocks.title!,
    });
    expect((await db.items.get(id))!).toMatchObject({ title: 'Wasserampel Rot', notes: 'Presse' });
  });

  it('two saves against one basis at the same moment: exactly one is written, the other is refused', async () => {
    const id = await createItem({ title: 'Wasserampel', column: 'idee' });
    const opened = (await db.items.get(id))!;
    const results = await Promise.allSettled([
      saveItem(id, { brief: 'aus Tab A' }, [], opened.clocks),
      saveItem(id, { brief: 'aus Tab B' }, [], opened.clocks),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected')!;
    expect(refused.reason).toBeInstanceOf(EditConflictError);
    const written = (await db.items.get(id))!.brief;
    expect(['aus Tab A', 'aus Tab B']).toContain(written);
  });
});
