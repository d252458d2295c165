// Live reads for views. Components read through these hooks; a write anywhere (this tab or another)
// re-runs them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Channel, Item, Member } from '../domain/types';
import { db } from './db';

/** All items that exist (tombstoned ones excluded); the board groups and filters them in memory. */
export function useItems(): Item[] | undefined {
  // toArray() reads with one getAll(); a Dexie filter() walks a cursor item by item, which costs
  // ~50 ms more at 5,000 items on the board's first paint.
  return useLiveQuery(async () => (await db.items.toArray()).filter((i) => !i.deleted), []);
}

export function useItem(id: string | null): Item | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.items.get(id)) ?? null) : null), [id]);
}

export function useChannels(): Channel[] | undefined {
  return useLiveQuery(
    () =>
      db.channels
        .orderBy('rank')
        .filter((c) => !c.deleted)
        .toArray(),
    [],
  );
}

export function useMembers(): Member[] | undefined {
  return useLiveQuery(
    () =>
      db.members
        .orderBy('rank')
        .filter((m) => !m.deleted)
        .toArray(),
    [],
  );
}

export function useItemCount(): number | undefined {
  return useLiveQuery(() => db.items.filter((i) => !i.deleted).count(), []);
}
