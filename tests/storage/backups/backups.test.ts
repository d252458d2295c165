import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { maybeBackup, restoreBackup } from '../../../src/storage/backups/backups';
import {
  applyImport,
  exportBoard,
  prepareImport,
  restoreSnapshot,
} from '../../../src/storage/boardfile/boardFileCommands';
import { listSnapshots } from '../../../src/storage/backups/snapshotIndex';
import { createItem, updateItem } from '../../../src/storage/items/itemCommands';
import { seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { clockSource } from '../../../src/storage/db/write';
import { resetDb } from '../resetDb';

beforeEach(async () => {
  await resetDb();
  await seedDefaults();
});

const DAY = 24 * 60 * 60 * 1000;
const day = (n: number, hour = 9) => new Date(2026, 10, n, hour).getTime();
const titles = async () =>
  (await db.items.toArray())
    .filter((i) => !i.deleted)
    .map((i) => i.title)
    .sort();
const dailies = () => db.snapshots.filter((s) => s.reason === 'daily').toArray();

describe('maybeBackup', () => {
  it('keeps an empty board out, then takes one backup per day and only after a change', async () => {
    expect(await maybeBackup(day(1))).toBeNull();
    const id = await createItem({ title: 'Wasserampel', column: 'idee' });
    expect(await maybeBackup(day(1))).not.toBeNull();
    expect(await maybeBackup(day(1, 18))).toBeNull(); // same day
    expect(await maybeBackup(day(2))).toBeNull(); // nothing changed
    await updateItem(id, { title: 'Wasserampel 2026' });
    expect(await maybeBackup(day(2, 20))).not.toBeNull();
    expect(await dailies()).toHaveLength(2);
  });

  it('rotates: after 16 changed days the 14 newest remain', async () => {
    const id = await createItem({ title: 'Tag 0', column: 'idee' });
    for (let n = 1; n <= 16; n++) {
      await updateItem(id, { title: `Tag ${n}` });
      await maybeBackup(day(1) + n * DAY);
    }
    const kept = await dailies();
    expect(kept).toHaveLength(14);
    const oldest = Math.min(...kept.map((s) => s.createdAt));
    expect(oldest).toBe(day(1) + 3 * DAY);
  });
});

describe('listSnapshots', () => {
  it('lists import snapshots with their item count and keeps the newest 10 of them', async () => {
    await createItem({ title: 'Podcast', column: 'idee' });
    const { text } = await exportBoard('Pressestelle', new Date(day(1)), '2026-11-01');
    const ids: string[] = [];
    for (let n = 0; n < 11; n++) {
      vi.spyOn(clockSource, 'now').mockReturnValue(day(1) + n * 60_000); // one import a minute
      const prepared = await prepareImport(text);
      if (!prepared.ok) throw new Error(prepared.error.kind);
      ids.push(await applyImport(prepared.value));
    }
    const listed = await listSnapshots();
    expect(listed).toHaveLength(10);
    expect(listed[0]).toMatchObject({ reason: 'import', itemCount: 1 });
    expect(await db.snapshots.get(ids[0]!)).toBeUndefined(); // the oldest went
    expect(await db.snapshots.get(ids[10]!)).toBeDefined();
    vi.restoreAllMocks();

    await maybeBackup(day(2));
    const after = await listSnapshots();
    expect(after.filter((s) => s.reason === 'import')).toHaveLength(10);
    expect(after.filter((s) => s.reason === 'daily')).toHaveLength(1);
    expect(await db.snapshots.count()).toBe(11);
    // Rotation takes a snapshot's pages with it: one page each for the 10 imports and the daily one.
    expect((await db.snapshotPages.toArray()).map((p) => p.snapshot).sort()).toEqual(
      after.map((s) => s.id).sort(),
    );
  });
});

describe('restoreBackup', () => {
  it('brings the board back, and restoring the kept state undoes it', async () => {
    await createItem({ title: 'Bürgerfest', column: 'idee' });
    const backup = (await maybeBackup(day(1)))!;
    const later = await createItem({ title: 'Gasleck', column: 'entwurf' });
    await updateItem(later, { urgent: true });

    const undoId = await restoreBackup(backup, day(2));
    expect(await titles()).toEqual(['Bürgerfest']);
    expect((await db.snapshots.get(undoId))!.reason).toBe('restore');

    await restoreSnapshot(undoId);
    expect(await titles()).toEqual(['Bürgerfest', 'Gasleck']);
    expect((await db.items.get(later))!.urgent).toBe(true);
  });

  it('restores snapshots kept before the pages table: whole boards in the row, plain or as packed JSON', async () => {
    const kept = await createItem({ title: 'Bürgerfest', column: 'idee' });
    const item = (await db.items.get(kept))!;
    const channels = await db.channels.toArray();
    const members = await db.members.toArray();
    const packed = new TextEncoder().encode(JSON.stringify([item]));
    await db.snapshots.bulkAdd([
      { id: 'plain', createdAt: day(1), reason: 'daily', data: { items: [item], channels, members } },
      {
        id: 'packed',
        createdAt: day(2),
        reason: 'import',
        data: { packed: 1, itemPages: [packed], liveItems: 1, channels, members, standups: [] },
      },
    ]);
    await createItem({ title: 'Gasleck', column: 'entwurf' });
    expect((await listSnapshots()).map((s) => [s.id, s.itemCount])).toEqual([
      ['packed', 1],
      ['plain', 1],
    ]);
    for (const id of ['plain', 'packed']) {
      await restoreBackup(id, day(3));
      expect(await titles()).toEqual(['Bürgerfest']);
      await createItem({ title: 'Gasleck', column: 'entwurf' });
    }
  });

  it('writes nothing for an unknown snapshot', async () => {
    await createItem({ title: 'Bleibt', column: 'idee' });
    await expect(restoreBackup('nope', day(2))).rejects.toThrow();
    expect(await titles()).toEqual(['Bleibt']);
    expect(await db.snapshots.count()).toBe(0);
  });
});
