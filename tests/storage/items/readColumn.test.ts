import { beforeEach, describe, expect, it } from 'vitest';
import { compareRanked } from '../../../src/domain/rank';
import { db } from '../../../src/storage/db/db';
import { readColumn } from '../../../src/storage/items/itemQueries';
import { makeItem } from '../../domain/fixtures';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

describe('reading a long column page by page', () => {
  it('returns every live card once, in rank order, even with equal ranks across page boundaries', async () => {
    const rows = [];
    for (let i = 0; i < 2600; i++) {
      // Runs of equal ranks (as after a merge) around the page boundaries (every 500 rows).
      const rank = `a${String(Math.floor(i / 7)).padStart(4, '0')}`;
      rows.push(
        makeItem(
          { title: `Karte ${i}`, column: 'veroeffentlicht', rank },
          { id: `id-${String(i).padStart(5, '0')}` },
        ),
      );
    }
    rows[500] = { ...rows[500]!, deleted: true };
    rows.push(makeItem({ title: 'Andere Spalte', column: 'entwurf', rank: 'a0000' }));
    await db.items.bulkAdd(rows);

    const read = await readColumn('veroeffentlicht');
    expect(read).toHaveLength(2599);
    expect(new Set(read.map((i) => i.id)).size).toBe(2599);
    expect(read.map((i) => i.id)).toEqual([...read].sort(compareRanked).map((i) => i.id));
    expect(read.some((i) => i.deleted || i.column !== 'veroeffentlicht')).toBe(false);
  });

  it('survives more cards on one rank than a page holds', async () => {
    const rows = Array.from({ length: 2100 }, (_, i) =>
      makeItem(
        { title: `Gleich ${i}`, column: 'idee', rank: 'a0' },
        { id: `same-${String(i).padStart(5, '0')}` },
      ),
    );
    await db.items.bulkAdd(rows);
    const read = await readColumn('idee');
    expect(new Set(read.map((i) => i.id)).size).toBe(2100);
  });
});
