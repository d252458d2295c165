// The Bundesland whose public holidays count as non-working days (stand-up, calendar).
// A setting of this device (meta table), default Hessen: each laptop belongs to one town office.
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_BUNDESLAND, isBundesland, type Bundesland } from '../../domain/workingDays';
import { db } from '../db/db';
import { InputError } from '../db/errors';
import { write } from '../db/write';

const BUNDESLAND_KEY = 'bundesland';

export async function readBundesland(): Promise<Bundesland> {
  const value = (await db.meta.get(BUNDESLAND_KEY))?.value;
  return isBundesland(value) ? value : DEFAULT_BUNDESLAND;
}

export function useBundesland(): Bundesland {
  return useLiveQuery(readBundesland, []) ?? DEFAULT_BUNDESLAND;
}

export async function setBundesland(land: Bundesland): Promise<void> {
  if (!isBundesland(land)) throw new InputError(`Unbekanntes Bundesland: ${String(land)}`);
  await write([db.meta], async () => {
    await db.meta.put({ key: BUNDESLAND_KEY, value: land });
  });
}
