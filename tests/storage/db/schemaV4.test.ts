// Version 3 indexed urgent items under a stored key `urgentIn`; version 4 reads columns whole and
// drops both. A board saved by version 3 must open with the key gone from every row (it must not
// travel into board files) and with its urgent cards still leading their column.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { visibleInColumn } from '../../../src/domain/board';
import { RedaktionsplanDB } from '../../../src/storage/db/db';
import { makeItem } from '../../domain/fixtures';
import { V1_STORES } from '../v1Stores';

const NAME = 'redaktionsplan-v4-upgrade-test';
afterEach(() => Dexie.delete(NAME));

describe('upgrade of a version 3 board', () => {
  it('drops the urgent-cards key and index; urgent cards still lead the column', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(V1_STORES);
    old.version(2).stores({ thumbs: 'hash' });
    old.version(3).stores({ items: 'id, [column+rank], publishDate, updatedAt, [urgentIn+rank]' });
    await old.open();
    await old.table('items').bulkAdd([
      makeItem({ title: 'Grundsteuer', column: 'entwurf', rank: 'a0' }),
      {
        ...makeItem({ title: 'Gasleck', column: 'entwurf', rank: 'a5' }, { urgent: true }),
        urgentIn: 'entwurf',
      },
    ]);
    old.close();

    const upgraded = new RedaktionsplanDB(NAME);
    await upgraded.open();
    const rows = await upgraded.items.toArray();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).not.toHaveProperty('urgentIn');
    expect(upgraded.items.schema.indexes.map((i) => i.name)).not.toContain('[urgentIn+rank]');
    const column = await upgraded.items
      .where('[column+rank]')
      .between(['entwurf', Dexie.minKey], ['entwurf', Dexie.maxKey])
      .toArray();
    expect(visibleInColumn(column, () => true).map((i) => i.title)).toEqual(['Gasleck', 'Grundsteuer']);
    upgraded.close();
  });
});
