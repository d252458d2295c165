import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { loadDemoData } from '../../../src/storage/settings/demoData';
import { StorageError } from '../../../src/storage/db/errors';
import { createItem, deleteItem } from '../../../src/storage/items/itemCommands';
import { createMember } from '../../../src/storage/settings/settingsCommands';
import { defaultChannelId, seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { clockSource } from '../../../src/storage/db/write';

// Wednesday 25 November 2026, 09:30 local time.
const NOW = new Date(2026, 10, 25, 9, 30).getTime();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  vi.spyOn(clockSource, 'now').mockReturnValue(NOW);
  await seedDefaults();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadDemoData', () => {
  it('fills an empty board with members and about forty items dated around today', async () => {
    const created = await loadDemoData();
    const items = await db.items.toArray();
    expect(created).toBe(items.length);
    expect(created).toBeGreaterThanOrEqual(35);

    const members = await db.members.orderBy('rank').toArray();
    expect(members.map((m) => m.name)).toEqual(['Anna Becker', 'Jonas Weber', 'Lea Schmidt']);
    const memberIds = new Set(members.map((m) => m.id));
    expect(items.some((i) => i.assigneeId !== null)).toBe(true);
    for (const item of items) if (item.assigneeId) expect(memberIds).toContain(item.assigneeId);

    // Today is the local day of the write's clock.
    expect(items.some((i) => i.publishDate === '2026-11-25' && i.column !== 'veroeffentlicht')).toBe(true);
    const channelIds = new Set((await db.channels.toArray()).map((c) => c.id));
    for (const item of items) for (const id of item.channelIds) expect(channelIds).toContain(id);
    expect(channelIds).toContain(defaultChannelId('instagram'));

    // Every field carries a clock, ranks are distinct within a column, and checklists are partly ticked.
    for (const item of items) {
      expect(item.clocks.title).toBeTruthy();
      expect(item.clocks.position).toBeTruthy();
      expect(item.createdAt).toBe(NOW);
    }
    const keys = items.map((i) => `${i.column}|${i.rank}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(items.some((i) => i.checklist.some((e) => e.done))).toBe(true);
    expect(items.some((i) => i.checklist.every((e) => !e.done))).toBe(true);
  });

  it('refuses a board that already has items and changes nothing', async () => {
    await createItem({ title: 'Schon da', column: 'idee' });
    expect(await loadDemoData()).toBe(0);
    expect(await db.items.count()).toBe(1);
    expect(await db.members.count()).toBe(0);
  });

  it('counts a board whose items were all deleted as empty', async () => {
    const id = await createItem({ title: 'Gelöscht', column: 'idee' });
    await deleteItem(id);
    expect(await loadDemoData()).toBeGreaterThan(30);
  });

  it('reuses a team member who already exists instead of adding a duplicate', async () => {
    const annaId = await createMember('anna becker');
    await loadDemoData();
    const members = await db.members.toArray();
    expect(members.filter((m) => m.name.toLowerCase() === 'anna becker')).toHaveLength(1);
    expect((await db.items.toArray()).some((i) => i.assigneeId === annaId)).toBe(true);
  });

  it('writes in one go: when the items fail, no member is left behind', async () => {
    vi.spyOn(db.items, 'bulkAdd').mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    const error = await loadDemoData().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect(await db.members.count()).toBe(0);
    expect(await db.items.count()).toBe(0);
  });
});
