// Urgent items are indexed by column and rank so the board's first screen shows them first. The key is
// kept by the database itself on every write, and never leaves it.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoardRecords } from '../../../src/storage/boardfile/boardRecords';
import { db, RedaktionsplanDB } from '../../../src/storage/db/db';
import { createItem, deleteItem, moveItem, updateItem } from '../../../src/storage/items/itemCommands';
import { URGENT_INDEX, URGENT_KEY } from '../../../src/storage/db/urgentKey';
import { makeItem } from '../../domain/fixtures';
import { resetDb } from '../resetDb';
import { V1_STORES } from '../v1Stores';

beforeEach(resetDb);

const urgentIn = (column: string, database: RedaktionsplanDB = db) =>
  database.items
    .where(URGENT_INDEX)
    .between([column, Dexie.minKey], [column, Dexie.maxKey])
    .toArray()
    .then((rows) => rows.map((i) => i.title));

describe('the urgent-cards index', () => {
  it('follows every command: marked urgent, moved, no longer urgent, deleted', async () => {
    const id = await createItem({ title: 'Gasleck', column: 'idee' });
    await createItem({ title: 'Radwege', column: 'idee' });
    expect(await urgentIn('idee')).toEqual([]);

    await updateItem(id, { urgent: true });
    expect(await urgentIn('idee')).toEqual(['Gasleck']);

    await moveItem(id, { column: 'entwurf', at: 'top' });
    expect(await urgentIn('idee')).toEqual([]);
    expect(await urgentIn('entwurf')).toEqual(['Gasleck']);

    await updateItem(id, { urgent: false });
    expect(await urgentIn('entwurf')).toEqual([]);
    expect(await db.items.get(id)).not.toHaveProperty(URGENT_KEY);

    await updateItem(id, { urgent: true });
    await deleteItem(id);
    expect(await urgentIn('entwurf')).toEqual([]);
  });

  it('is kept for rows written in bulk, as a merge or an import writes them', async () => {
    await db.items.bulkPut([
      makeItem({ title: 'Hitzeschutz', column: 'freigegeben', rank: 'b' }, { urgent: true }),
      makeItem({ title: 'Kita', column: 'freigegeben', rank: 'a' }),
      makeItem({ title: 'Sirenen', column: 'freigegeben', rank: 'a' }, { urgent: true }),
    ]);
    expect(await urgentIn('freigegeben')).toEqual(['Sirenen', 'Hitzeschutz']);
  });

  it('stays out of the board file', async () => {
    const id = await createItem({ title: 'Gasleck', column: 'idee' });
    await updateItem(id, { urgent: true });
    const { items } = await readBoardRecords();
    expect(items[0]!.urgent).toBe(true);
    expect(items[0]).not.toHaveProperty(URGENT_KEY);
  });
});

describe('upgrade of a board saved before the index', () => {
  const NAME = 'redaktionsplan-urgent-upgrade-test';
  afterEach(() => Dexie.delete(NAME));

  it('indexes the urgent items already on the board', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(V1_STORES);
    await old.open();
    await old
      .table('items')
      .bulkAdd([
        makeItem({ title: 'Wasserampel', column: 'entwurf' }, { urgent: true }),
        makeItem({ title: 'Grundsteuer', column: 'entwurf' }),
      ]);
    old.close();

    const upgraded = new RedaktionsplanDB(NAME);
    await upgraded.open();
    expect(await urgentIn('entwurf', upgraded)).toEqual(['Wasserampel']);
    upgraded.close();
  });
});
