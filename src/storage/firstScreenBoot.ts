// What public/first-screen.js read before the app's JavaScript had loaded: the first cards of each
// column, the channels and the members, straight from IndexedDB. Taken once; used only when it comes
// from the schema version this build declares (an app update may bring a newer schema that Dexie
// upgrades first, and rows from before an upgrade are not what the board expects).
import type { ColumnId } from '../domain/columns';
import { FIRST_SCREEN_CARDS, firstScreenOf } from '../domain/firstScreen';
import { compareRanked, type Ranked } from '../domain/rank';
import type { Channel, Item, Member } from '../domain/types';
import { db } from './db';

/** The global the boot script sets (public/first-screen.js). */
export const BOOT_GLOBAL = '__redaktionsplanFirstScreen';

export interface BootRead {
  /** Each column's first screen, as the column shows it (domain/firstScreen.ts); no tombstones. */
  columns: Partial<Record<ColumnId, Item[]>>;
  channels: Channel[];
  members: Member[];
}

interface RawBootRead {
  version: number;
  /** Per column: its first cards by rank, and its first urgent cards (none from an older script). */
  columns: Partial<Record<ColumnId, Item[]>>;
  urgent?: Partial<Record<ColumnId, Item[]>>;
  channels: Channel[];
  members: Member[];
}

function combined(raw: RawBootRead): BootRead['columns'] {
  const columns: BootRead['columns'] = {};
  for (const [column, byRank] of Object.entries(raw.columns) as [ColumnId, Item[]][])
    columns[column] = firstScreenOf(raw.urgent?.[column] ?? [], byRank, FIRST_SCREEN_CARDS);
  return columns;
}

/** Dexie opens IndexedDB at version verno × 10. */
const idbVersionOfThisBuild = () => Math.round(db.verno * 10);

/** The boot script's read, or null when there is none (another view first, no IndexedDB, tests). */
export function takeBootRead(): Promise<BootRead | null> {
  const holder = window as unknown as Record<string, Promise<RawBootRead | null> | undefined>;
  const read = holder[BOOT_GLOBAL];
  delete holder[BOOT_GLOBAL];
  if (!read) return Promise.resolve(null);
  return read.then(
    (raw) =>
      raw && raw.version === idbVersionOfThisBuild()
        ? { columns: combined(raw), channels: raw.channels, members: raw.members }
        : null,
    () => null,
  );
}

/** Live rows in the order the app's own queries give (the rank index: rank, then id). */
export function liveByRank<T extends Ranked & { deleted: boolean }>(rows: readonly T[]): T[] {
  return rows.filter((row) => !row.deleted).sort(compareRanked);
}
