// Export and import of the shared board file. Parsing, validation, merge and preview happen before
// any transaction (src/boardfile, pure); the import is one write that first keeps a snapshot, so it
// can be undone in one step.
import type { ParseError } from '../boardfile/parse';
import { prepareBoardFile, type PreparedFile } from '../boardfile/prepare';
import { boardFileName, serializeBoardFile, toBoardFile } from '../boardfile/serialize';
import type { StampClamps } from '../boardfile/skew';
import { mergeChannel, mergeItem, mergeMember, mergeStandup, type BoardRecords } from '../domain/merge';
import type { StandupRecord } from '../domain/types';
import { db, type StandupRow } from './db';
import { toStorageError } from './errors';
import { snapshotsToDelete } from '../domain/backups';
import { deleteSnapshots, listSnapshots, noteSnapshot } from './snapshotIndex';
import { clockSource, getDeviceId, write } from './write';

const LAST_EXPORT_KEY = 'lastExportAt';
/** Future stamps clamped by earlier imports (original → clamped): see boardfile/skew.ts. */
const STAMP_CLAMPS_KEY = 'stampClamps';

async function readStampClamps(): Promise<StampClamps> {
  const row = await db.meta.get(STAMP_CLAMPS_KEY);
  return (row?.value as StampClamps | undefined) ?? {};
}

/**
 * The standups table's rows are typed loosely (db.ts); only complete records travel in a board file,
 * so our own export always passes our own import's validation.
 */
function isStandupRecord(row: Record<string, unknown>): row is Record<string, unknown> & StandupRecord {
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
const asRows = (records: StandupRecord[]) => records as unknown as StandupRow[];

async function readStandups(): Promise<StandupRecord[]> {
  return (await db.standups.toArray()).filter(isStandupRecord);
}

/** Every record including tombstones: a deletion must travel to colleagues too. */
export async function readBoardRecords(): Promise<BoardRecords> {
  try {
    return await db.transaction('r', [db.items, db.channels, db.members, db.standups], async () => ({
      items: await db.items.toArray(),
      channels: await db.channels.toArray(),
      members: await db.members.toArray(),
      standups: await readStandups(),
    }));
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function exportBoard(
  boardName: string,
  now: Date,
  today: string,
): Promise<{ text: string; fileName: string; itemCount: number }> {
  const records = await readBoardRecords();
  const deviceId = await getDeviceId();
  const text = serializeBoardFile(toBoardFile(records, { deviceId, exportedAt: now, boardName }));
  await write([], async () => {
    await db.meta.put({ key: LAST_EXPORT_KEY, value: now.getTime() });
  });
  return {
    text,
    fileName: boardFileName(boardName, today),
    itemCount: records.items.filter((i) => !i.deleted).length,
  };
}

export interface PreparedImport extends PreparedFile {
  local: BoardRecords;
}

export type PrepareResult = { ok: true; value: PreparedImport } | { ok: false; error: ParseError };

/** Read and check a file and compute what importing it would change. Writes nothing. */
export async function prepareImport(text: string, now = clockSource.now()): Promise<PrepareResult> {
  const local = await readBoardRecords();
  const known = await readStampClamps();
  const result = prepareBoardFile(text, local, now, known);
  return result.ok ? { ok: true, value: { ...result.value, local } } : result;
}

function maxStamp(records: BoardRecords): string | undefined {
  let max: string | undefined;
  const consider = (stamp: string | undefined) => {
    if (stamp && (max === undefined || max < stamp)) max = stamp;
  };
  for (const list of [records.items, records.channels, records.members])
    for (const record of list) for (const stamp of Object.values(record.clocks)) consider(stamp);
  for (const item of records.items) for (const entry of item.checklist) consider(entry.clock);
  for (const record of records.standups ?? []) consider(record.clock);
  return max;
}

/**
 * Write a prepared import: snapshot the board, then put the merged records in one transaction.
 * A record that changed locally since the preview is merged once more with its current row
 * (merge is associative, so the result is the same as merging everything at once).
 * Returns the snapshot id for undo.
 */
export async function applyImport(prepared: PreparedImport): Promise<string> {
  const { preview, incoming, newClamps } = prepared;
  const localById = new Map(prepared.local.items.map((i) => [i.id, i]));
  return write([db.items, db.channels, db.members, db.standups, db.snapshots], async (ctx) => {
    const snapshotId = ctx.newId();
    const before: BoardRecords = {
      items: await db.items.toArray(),
      channels: await db.channels.toArray(),
      members: await db.members.toArray(),
      standups: await readStandups(),
    };
    await db.snapshots.add({ id: snapshotId, createdAt: ctx.now, reason: 'import', data: before });
    // Listed in Einstellungen among the backups, without reading the whole board back.
    await noteSnapshot(snapshotId, {
      reason: 'import',
      itemCount: before.items.filter((i) => !i.deleted).length,
    });
    // Rotate now, not at the next daily backup: a day of syncing every few minutes would otherwise
    // pile up whole-board copies until the disk is full.
    await deleteSnapshots(snapshotsToDelete(await listSnapshots()));
    const changed = preview.merged.items.filter((i) => preview.changedIds.has(i.id));
    const current = await db.items.bulkGet(changed.map((i) => i.id));
    const rows = changed.map((merged, n) => {
      const now = current[n];
      const before = localById.get(merged.id);
      if (!now || (before && JSON.stringify(now) === JSON.stringify(before))) return merged;
      return mergeItem(now, merged);
    });
    await db.items.bulkPut(rows);
    const channels = await db.channels.toArray();
    const channelById = new Map(channels.map((c) => [c.id, c]));
    await db.channels.bulkPut(
      preview.merged.channels.map((c) =>
        channelById.has(c.id) ? mergeChannel(channelById.get(c.id)!, c) : c,
      ),
    );
    const members = await db.members.toArray();
    const memberById = new Map(members.map((m) => [m.id, m]));
    await db.members.bulkPut(
      preview.merged.members.map((m) => (memberById.has(m.id) ? mergeMember(memberById.get(m.id)!, m) : m)),
    );
    const standups = (preview.merged.standups ?? []).filter((r) => preview.changedStandupIds.has(r.id));
    const currentStandups = await db.standups.bulkGet(standups.map((r) => r.id));
    await db.standups.bulkPut(
      asRows(
        standups.map((merged, n) => {
          const row = currentStandups[n];
          return row && isStandupRecord(row) ? mergeStandup(row, merged) : merged;
        }),
      ),
    );
    if (Object.keys(newClamps).length > 0) {
      // Remembered, so importing the same file again (on any later day) clamps to the same stamps.
      const known = await readStampClamps();
      await db.meta.put({ key: STAMP_CLAMPS_KEY, value: { ...known, ...newClamps } });
    }
    // Our next edit must beat everything we have now seen (future stamps are already clamped).
    const seen = maxStamp(incoming);
    if (seen) ctx.observe(seen);
    return snapshotId;
  });
}

/** Put the board back exactly as it was before an import (or any snapshot). */
export async function restoreSnapshot(snapshotId: string): Promise<void> {
  await write([db.items, db.channels, db.members, db.standups, db.snapshots], async () => {
    const snapshot = await db.snapshots.get(snapshotId);
    if (!snapshot) throw new Error(`Snapshot ${snapshotId} not found`);
    const data = snapshot.data as BoardRecords;
    await Promise.all([db.items.clear(), db.channels.clear(), db.members.clear()]);
    await db.items.bulkAdd(data.items);
    await db.channels.bulkAdd(data.channels);
    await db.members.bulkAdd(data.members);
    // Snapshots from before stand-ups were exported (and daily backups) hold none: keep the table.
    if (data.standups) {
      await db.standups.clear();
      await db.standups.bulkAdd(asRows(data.standups));
    }
  });
}
