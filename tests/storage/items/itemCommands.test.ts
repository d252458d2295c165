import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareInColumn } from '../../../src/domain/board';
import { rankBetween } from '../../../src/domain/rank';
import { db } from '../../../src/storage/db/db';
import { StorageError } from '../../../src/storage/db/errors';
import {
  archivePublishedItems,
  createItem,
  deleteItem,
  ItemValidationError,
  moveItem,
  restoreItem,
  updateItem,
} from '../../../src/storage/items/itemCommands';
import { seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { getDeviceId } from '../../../src/storage/db/write';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

async function columnTitles(column: string) {
  const all = await db.items.filter((i) => i.column === column && !i.deleted).toArray();
  return all.sort(compareInColumn).map((i) => i.title);
}

describe('item commands', () => {
  it('creates items at the end (quick-add) or the start of a column', async () => {
    await createItem({ title: 'Erster', column: 'idee' });
    await createItem({ title: 'Zweiter', column: 'idee' });
    await createItem({ title: 'Ganz oben', column: 'idee', placement: 'start' });
    expect(await columnTitles('idee')).toEqual(['Ganz oben', 'Erster', 'Zweiter']);
  });

  it('refuses an empty title and writes nothing', async () => {
    await expect(createItem({ title: ' ', column: 'idee' })).rejects.toBeInstanceOf(ItemValidationError);
    expect(await db.items.count()).toBe(0);
  });

  it('a move writes exactly one card, with a newer position clock', async () => {
    await createItem({ title: 'A', column: 'idee' });
    const b = await createItem({ title: 'B', column: 'idee' });
    const c = await createItem({ title: 'C', column: 'entwurf' });
    const before = await db.items.toArray();
    const bBefore = before.find((i) => i.id === b)!;
    const cRow = before.find((i) => i.id === c)!;
    await moveItem(b, { column: 'entwurf', rank: rankBetween(null, cRow.rank) });
    const after = await db.items.toArray();
    const changed = after.filter(
      (row) => JSON.stringify(row) !== JSON.stringify(before.find((x) => x.id === row.id)),
    );
    expect(changed.map((i) => i.id)).toEqual([b]);
    expect(await columnTitles('entwurf')).toEqual(['B', 'C']);
    expect(changed[0]!.clocks.position! > bBefore.clocks.position!).toBe(true);
    expect(await columnTitles('idee')).toEqual(['A']);
  });

  it('the menu move puts the card on top of the target column', async () => {
    await createItem({ title: 'Da', column: 'freigegeben' });
    const id = await createItem({ title: 'Neu', column: 'idee' });
    await moveItem(id, { column: 'freigegeben', at: 'top' });
    expect(await columnTitles('freigegeben')).toEqual(['Neu', 'Da']);
  });

  it('delete is a tombstone that restore undoes', async () => {
    const id = await createItem({ title: 'Weg', column: 'idee' });
    await deleteItem(id);
    expect((await db.items.get(id))!.deleted).toBe(true);
    await restoreItem(id);
    expect((await db.items.get(id))!.deleted).toBe(false);
  });

  it('updates stamp later clocks than creation and keep one device id', async () => {
    const id = await createItem({ title: 'X', column: 'idee' });
    const created = (await db.items.get(id))!;
    await updateItem(id, { title: 'Y' });
    const updated = (await db.items.get(id))!;
    expect(updated.clocks.title! > created.clocks.title!).toBe(true);
    const device = await getDeviceId();
    expect(updated.clocks.title!.endsWith(`-${device}`)).toBe(true);
    expect(await getDeviceId()).toBe(device);
  });

  it('archives all published cards in one go', async () => {
    await createItem({ title: 'P1', column: 'veroeffentlicht' });
    await createItem({ title: 'P2', column: 'veroeffentlicht' });
    await createItem({ title: 'E', column: 'entwurf' });
    expect(await archivePublishedItems()).toHaveLength(2);
    expect(
      (await db.items.toArray())
        .filter((i) => i.archived)
        .map((i) => i.title)
        .sort(),
    ).toEqual(['P1', 'P2']);
  });

  it('a full disk becomes a StorageError of kind quota and nothing is half-written', async () => {
    const id = await createItem({ title: 'Alt', column: 'idee' });
    const spy = vi
      .spyOn(db.items, 'put')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const error = await updateItem(id, { title: 'Neu' }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect((await db.items.get(id))!.title).toBe('Alt');
  });
});

describe('default channels', () => {
  it('are seeded once with fixed ids, even when seeding runs twice', async () => {
    await Promise.all([seedDefaults(), seedDefaults()]);
    const channels = await db.channels.orderBy('rank').toArray();
    expect(channels.map((c) => c.name)).toEqual([
      'Instagram',
      'Facebook',
      'LinkedIn',
      'TikTok',
      'Newsletter',
      'Pressemitteilung',
      'Website',
      'Podcast',
      'Stadtnachrichten',
      'Jugend-Account',
    ]);
    expect(channels.find((c) => c.name === 'Instagram')).toMatchObject({
      id: 'channel-instagram',
      weeklyTarget: 7,
    });
    expect(channels.find((c) => c.name === 'Pressemitteilung')!.weeklyTarget).toBe(6);
    expect(channels.find((c) => c.name === 'Podcast')!.weeklyTarget).toBe(0);
  });
});

describe('validation inside a write', () => {
  it('reaches the caller as the validation error, not as a storage failure', async () => {
    const { createMember, SettingsValidationError } =
      await import('../../../src/storage/settings/settingsCommands');
    await createMember('Anna Becker');
    await expect(createMember(' anna becker ')).rejects.toBeInstanceOf(SettingsValidationError);
  });
});
