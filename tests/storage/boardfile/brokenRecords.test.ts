// Importing a file with two records that cannot be read (issue 15, defect 6): the rest is written,
// the two are not, and what the preview counted is exactly what lands in the database.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from '../../../src/storage/boardfile/boardFileCommands';
import { db } from '../../../src/storage/db/db';
import { twoBrokenItems } from '../../boardfile/hostileFiles';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

describe('a file with broken records', () => {
  it('imports the good items after the preview listed the broken ones, and writes only those', async () => {
    const prepared = await prepareImport(twoBrokenItems());
    if (!prepared.ok) throw new Error(prepared.error.kind);
    expect(prepared.value.skipped.map((s) => [s.record.id, s.field, s.problem])).toEqual([
      ['item-3', 'title', 'missing'],
      ['item-4', 'publishDate', 'impossibleDate'],
    ]);
    expect(prepared.value.preview.newItems).toBe(2);
    await applyImport(prepared.value);
    const stored = await db.items.toArray();
    expect(stored.map((i) => i.id).sort()).toEqual(['item-1', 'item-2']);
    expect(stored.filter((i) => !i.deleted)).toHaveLength(prepared.value.preview.newItems);
  });
});
