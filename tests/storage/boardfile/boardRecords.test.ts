import { beforeEach, describe, expect, it } from 'vitest';
import { readBoardRecords } from '../../../src/storage/boardfile/boardRecords';
import { db } from '../../../src/storage/db/db';
import { makeItem } from '../../domain/fixtures';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

describe('reading the whole board for a board file', () => {
  it('reads every item once, in id order, whatever its id looks like', async () => {
    // UUIDs on each side of every range boundary, and ids that are not UUIDs at all.
    const ids = [
      '',
      '0',
      '00000000-0000-4000-8000-000000000000',
      '0fffffff-ffff-4fff-bfff-ffffffffffff',
      '1',
      '7a',
      '9',
      ':x',
      'A-upper',
      'a',
      'item-1',
      'f',
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
      'zz',
      'Ärger',
    ];
    await db.items.bulkPut(ids.map((id) => makeItem({ title: `Beitrag ${id}` }, { id })));
    const { items } = await readBoardRecords();
    expect(items.map((i) => i.id)).toEqual([...ids].sort());
  });
});
