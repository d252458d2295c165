// A board saved by the first shipped schema (Dexie version 1) must open in the current app with every
// record intact. The fixture was written by version 1 of the app; version 1's store definition is
// repeated here on purpose: it is what real browsers hold, whatever db.ts declares later.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RedaktionsplanDB } from '../../../src/storage/db/db';
import fixture from '../fixtures/dexie-v1.json';
import { V1_STORES } from '../v1Stores';

const NAME = 'redaktionsplan-upgrade-test';

type Row = Record<string, unknown>;
const tables = fixture.tables as unknown as Record<'items' | 'channels' | 'members' | 'meta', Row[]>;

async function writeVersion1Board() {
  const old = new Dexie(NAME);
  old.version(1).stores(V1_STORES);
  await old.open();
  for (const [name, rows] of Object.entries(tables)) await old.table(name).bulkAdd(rows);
  old.close();
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema upgrade from version 1', () => {
  it('keeps every item, channel, member and the device clock, and the indexes still answer', async () => {
    await writeVersion1Board();
    const db = new RedaktionsplanDB(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);

    const items = await db.items.toArray();
    expect(items).toHaveLength(tables.items.length);
    for (const original of tables.items) {
      // Later versions may add fields (with defaults); none may change or drop what version 1 stored.
      expect(items.find((i) => i.id === original.id)).toMatchObject(original);
    }
    expect(await db.channels.count()).toBe(tables.channels.length);
    expect(await db.members.count()).toBe(tables.members.length);
    expect((await db.meta.get('clock'))?.value).toEqual(tables.meta.find((m) => m.key === 'clock')?.value);

    // The board reads columns through [column+rank]; the order must be the stored rank order.
    const ideas = await db.items
      .where('[column+rank]')
      .between(['idee', Dexie.minKey], ['idee', Dexie.maxKey])
      .toArray();
    const expected = tables.items
      .filter((i) => i.column === 'idee')
      .map((i) => i.rank as string)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(ideas.map((i) => i.rank)).toEqual(expected);
    expect(ideas.length).toBeGreaterThan(0);
    db.close();
  });

  it('a tab still on the old version is told to close when the upgrade opens, instead of blocking it', async () => {
    await writeVersion1Board();
    const old = new Dexie(NAME);
    old.version(1).stores(V1_STORES);
    await old.open();
    let asked = false;
    old.on('versionchange', () => {
      asked = true;
      old.close();
      return false;
    });
    const db = new RedaktionsplanDB(NAME);
    // A real upgrade only happens when db.ts declares a version above 1; then the old tab must be asked.
    await db.open();
    expect(asked).toBe(db.verno > 1);
    expect(await db.items.count()).toBe(tables.items.length);
    db.close();
    old.close();
  });
});
