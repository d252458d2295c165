// Keeps the stored key of the urgent-cards index (domain/firstScreen.ts) right on every item write,
// whoever writes: commands, merges, imports, and the board-file worker all go through
// a RedaktionsplanDB, whose Dexie middleware this is. The key lives only in the database: the board
// file leaves it out (readBoardRecords), and code reading an item never needs it.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { urgentColumnKey } from '../../domain/firstScreen';
import type { Item } from '../../domain/types';

/** The stored field and its index (with rank, so a column's urgent cards come in board order). */
export const URGENT_KEY = 'urgentIn';
export const URGENT_INDEX = `[${URGENT_KEY}+rank]`;

type StoredItem = Item & { [URGENT_KEY]?: string };

/** The row as it must be stored; the same object when it already is (most items, not urgent). */
export function withUrgentKey(item: StoredItem): StoredItem {
  const key = urgentColumnKey(item);
  if (item[URGENT_KEY] === key) return item;
  const { [URGENT_KEY]: _stale, ...rest } = item;
  return key === undefined ? rest : { ...rest, [URGENT_KEY]: key };
}

/** The item without the stored key, for anything leaving the database (the board file). */
export function withoutUrgentKey(item: StoredItem): Item {
  if (!(URGENT_KEY in item)) return item;
  const { [URGENT_KEY]: _key, ...rest } = item;
  return rest;
}

const keyed = (request: DBCoreMutateRequest): DBCoreMutateRequest =>
  request.type === 'add' || request.type === 'put'
    ? { ...request, values: request.values.map((value) => withUrgentKey(value as StoredItem)) }
    : request;

export const urgentKeyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'urgentKey',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return name === 'items' ? { ...table, mutate: (request) => table.mutate(keyed(request)) } : table;
    },
  }),
};
