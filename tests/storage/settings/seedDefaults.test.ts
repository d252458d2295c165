// The default channels are seeded once, on the first start; every later start only looks.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

describe('seeding the default channels', () => {
  it('adds the ten default channels on the first start', async () => {
    await seedDefaults();
    const names = (await db.channels.orderBy('rank').toArray()).map((c) => c.name);
    expect(names).toContain('Instagram');
    expect(names).toHaveLength(10);
  });

  it('writes nothing on a later start, not even the clock', async () => {
    await seedDefaults();
    const clock = await db.meta.get('clock');
    const writes: string[] = [];
    const original = db.transaction.bind(db);
    db.transaction = ((mode: string, ...rest: unknown[]) => {
      if (mode.includes('w')) writes.push(mode);
      return (original as (...args: unknown[]) => unknown)(mode, ...rest);
    }) as typeof db.transaction;
    try {
      await seedDefaults();
    } finally {
      db.transaction = original;
    }
    expect(writes).toEqual([]);
    expect(await db.meta.get('clock')).toEqual(clock);
    expect(await db.channels.count()).toBe(10);
  });
});
