// Reading the whole board for a board file (export, import preview), shared by the board-file
// commands and the board-file worker, which opens the same database off the main thread.
import type { StampClamps } from '../../boardfile/skew';
import type { BoardRecords } from '../../domain/merge';
import type { Item, StandupRecord } from '../../domain/types';
import { joinSeen, type SeenStamps } from '../../domain/seenStamps';
import Dexie from 'dexie';
import { db, type StandupRow } from '../db/db';
import { toStorageError } from '../db/errors';
import { readClockStamp } from '../db/write';
import { withoutUrgentKey } from '../db/urgentKey';

/** Future stamps clamped by earlier imports (original → clamped): see boardfile/skew.ts. */
export const STAMP_CLAMPS_KEY = 'stampClamps';

export async function readStampClamps(): Promise<StampClamps> {
  const row = await db.meta.get(STAMP_CLAMPS_KEY);
  return (row?.value as StampClamps | undefined) ?? {};
}

/** What imports brought in, per device (domain/seenStamps.ts); the board's records show the rest. */
export const SEEN_STAMPS_KEY = 'seenStamps';

export async function readImportedSeen(): Promise<SeenStamps> {
  const row = await db.meta.get(SEEN_STAMPS_KEY);
  return (row?.value as SeenStamps | undefined) ?? {};
}

/** What this board has taken in beyond its records: imports, and every stamp its own clock gave. */
export async function readLocalSeen(): Promise<SeenStamps> {
  const [imported, own] = await Promise.all([readImportedSeen(), readClockStamp()]);
  return own ? joinSeen(imported, { own }) : imported;
}

/**
 * The standups table's rows are typed loosely (db.ts); only complete records travel in a board file,
 * so our own export always passes our own import's validation.
 */
export function isStandupRecord(
  row: Record<string, unknown>,
): row is Record<string, unknown> & StandupRecord {
  return (
    typeof row.id === 'string' &&
    typeof row.day === 'string' &&
    typeof row.startedAt === 'number' &&
    typeof row.endedAt === 'number' &&
    typeof row.durationMs === 'number' &&
    typeof row.notes === 'string' &&
    Array.isArray(row.decisions) &&
    typeof row.deleted === 'boolean' &&
    typeof row.clock === 'string'
  );
}

/** StandupRow is the table's loose row type; every StandupRecord is one (db.ts predates the record type). */
export const asStandupRows = (records: StandupRecord[]) => records as unknown as StandupRow[];

export async function readStandups(): Promise<StandupRecord[]> {
  return (await db.standups.toArray()).filter(isStandupRecord);
}

/**
 * Where the items are split into ranges read side by side. Ids are UUIDs (lower-case hex), so these
 * split a board about evenly; any other id still falls in exactly one range.
 */
const ITEM_ID_SPLITS = [...'123456789abcdef'];

/**
 * All items in id order, read as 16 key ranges requested at once: IndexedDB then reads the next
 * range while this thread deserialises the last one, instead of one long read and one long task.
 */
async function readAllItems(): Promise<Item[]> {
  const bounds = [Dexie.minKey, ...ITEM_ID_SPLITS, Dexie.maxKey];
  const ranges = await Promise.all(
    bounds.slice(1).map((upper, n) => db.items.where(':id').between(bounds[n], upper, true, false).toArray()),
  );
  // The urgent-cards key is the database's own (db/urgentKey.ts): it stays out of the board file.
  return ranges.flat().map(withoutUrgentKey);
}

/** Every record including tombstones: a deletion must travel to colleagues too. */
export async function readBoardRecords(): Promise<BoardRecords> {
  try {
    return await db.transaction('r', [db.items, db.channels, db.members, db.standups], async () => {
      const [items, channels, members, standups] = await Promise.all([
        readAllItems(),
        db.channels.toArray(),
        db.members.toArray(),
        readStandups(),
      ]);
      return { items, channels, members, standups };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
