import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { InputError } from '../../../src/storage/db/errors';
import { readBundesland, setBundesland } from '../../../src/storage/settings/regionSettings';
import type { Bundesland } from '../../../src/domain/workingDays';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

describe('Bundesland setting', () => {
  it('defaults to Hessen and keeps the chosen Bundesland', async () => {
    expect(await readBundesland()).toBe('HE');
    await setBundesland('BY');
    expect(await readBundesland()).toBe('BY');
  });

  it('refuses an unknown code and falls back to Hessen for a damaged stored value', async () => {
    await expect(setBundesland('XX' as Bundesland)).rejects.toBeInstanceOf(InputError);
    await db.meta.put({ key: 'bundesland', value: 42 });
    expect(await readBundesland()).toBe('HE');
  });
});
