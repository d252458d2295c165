// What an import would change, computed before anything is written: counts of new, changed and
// deleted items and every field both sides edited since they last exchanged it (with the winner and
// why). Pure.
import { parseHlc } from '../domain/hlc';
import { mergeBoards, type BoardRecords } from '../domain/merge';
import { rekeyBoard } from '../domain/rekey';
import { changedOnBothSides, seenInRecords, type SeenBySides } from '../domain/seenStamps';
import type { Item } from '../domain/types';
import { ITEM_FIELDS } from '../domain/types';

export interface FieldConflict {
  itemId: string;
  title: string;
  field: (typeof ITEM_FIELDS)[number];
  localValue: unknown;
  incomingValue: unknown;
  winner: 'local' | 'incoming';
  /** The winning edit's time (from its stamp), to explain "the later edit wins". */
  winningTime: number | null;
}

export interface ImportPreview {
  merged: BoardRecords;
  newItems: number;
  changedItems: number;
  /** Items live here that the other side deleted (and the deletion wins). */
  deletedItems: number;
  unchangedItems: number;
  /** Local items whose only change is a new ordering key (a tie re-keyed): written, not counted as changed. */
  rekeyedItems: number;
  conflicts: FieldConflict[];
  /** Ids of merged items whose content differs from the local copy (the records the import writes). */
  changedIds: Set<string>;
  /**
   * References of live items to channels / team members that neither board knows. The ids are kept
   * (a later import of the channel heals them); the board simply does not show them.
   */
  dangling: { channels: number; members: number };
  /** Stand-up records: new here, changed (amended or deleted there), and which ones the import writes. */
  standups: { newRecords: number; changedRecords: number };
  changedStandupIds: Set<string>;
}

function countDangling(board: BoardRecords): ImportPreview['dangling'] {
  const channels = new Set(board.channels.map((c) => c.id));
  const members = new Set(board.members.map((m) => m.id));
  const out = { channels: 0, members: 0 };
  for (const item of board.items) {
    if (item.deleted) continue;
    for (const id of item.channelIds) if (!channels.has(id)) out.channels++;
    if (item.assigneeId !== null && !members.has(item.assigneeId)) out.members++;
  }
  return out;
}

function fieldValue(item: Item, field: (typeof ITEM_FIELDS)[number]): unknown {
  return field === 'position' ? { column: item.column, rank: item.rank } : item[field];
}

/** Fields both sides changed since they last exchanged them (see domain/seenStamps.ts). */
function conflictsOf(local: Item, incoming: Item, merged: Item, seen: SeenBySides): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const field of ITEM_FIELDS) {
    const l = local.clocks[field];
    const r = incoming.clocks[field];
    if (!changedOnBothSides(l, r, seen)) continue;
    const lv = fieldValue(local, field);
    const rv = fieldValue(incoming, field);
    if (JSON.stringify(lv) === JSON.stringify(rv)) continue;
    const winner = merged.clocks[field] === l ? 'local' : 'incoming';
    out.push({
      itemId: local.id,
      title: merged.title,
      field,
      localValue: lv,
      incomingValue: rv,
      winner,
      winningTime: parseHlc((winner === 'local' ? l : r)!)?.millis ?? null,
    });
  }
  return out;
}

/**
 * What each side had seen, when the caller does not know: what the records show. That is a lower
 * bound (an overwritten edit leaves no stamp), so it may list a field one side had already seen.
 */
const seenInBoth = (local: BoardRecords, incoming: BoardRecords): SeenBySides => ({
  local: seenInRecords(local),
  incoming: seenInRecords(incoming),
});

export function previewImport(
  local: BoardRecords,
  incoming: BoardRecords,
  seen: SeenBySides = seenInBoth(local, incoming),
): ImportPreview {
  // Merge, then re-key cards that now share a key (a separate step: see domain/rekey.ts).
  const raw = mergeBoards(local, incoming);
  const merged = rekeyBoard(raw);
  const localById = new Map(local.items.map((i) => [i.id, i]));
  const incomingById = new Map(incoming.items.map((i) => [i.id, i]));
  const preview: ImportPreview = {
    merged,
    newItems: 0,
    changedItems: 0,
    deletedItems: 0,
    unchangedItems: 0,
    rekeyedItems: 0,
    conflicts: [],
    changedIds: new Set(),
    dangling: countDangling(merged),
    standups: { newRecords: 0, changedRecords: 0 },
    changedStandupIds: new Set(),
  };
  const localStandups = new Map((local.standups ?? []).map((r) => [r.id, r]));
  for (const record of merged.standups ?? []) {
    const mine = localStandups.get(record.id);
    if (mine && JSON.stringify(mine) === JSON.stringify(record)) continue;
    preview.changedStandupIds.add(record.id);
    if (!mine) {
      if (!record.deleted) preview.standups.newRecords++;
    } else preview.standups.changedRecords++;
  }
  for (const [n, item] of merged.items.entries()) {
    const mine = localById.get(item.id);
    if (!mine) {
      preview.changedIds.add(item.id);
      if (!item.deleted) preview.newItems++;
      continue;
    }
    // Only here, the merge hands back the local record itself: unchanged, or changed by the re-key
    // alone. Nothing to compare (on a large board, comparing as JSON was most of the preview's time).
    // The re-key keeps the raw merge's order, so raw.items[n] is the same record before re-keying.
    if (raw.items[n] === mine) {
      if (item === mine) preview.unchangedItems++;
      else {
        preview.changedIds.add(item.id);
        preview.rekeyedItems++;
      }
      continue;
    }
    // An item whose every field stays as it is here may still hide her edit that lost to mine.
    const theirs = incomingById.get(item.id);
    if (theirs) preview.conflicts.push(...conflictsOf(mine, theirs, item, seen));
    const mineJson = JSON.stringify(mine);
    if (mineJson === JSON.stringify(item)) {
      preview.unchangedItems++;
      continue;
    }
    preview.changedIds.add(item.id);
    if (item !== raw.items[n] && mineJson === JSON.stringify(raw.items[n])) {
      preview.rekeyedItems++;
      continue;
    }
    if (!mine.deleted && item.deleted) preview.deletedItems++;
    else preview.changedItems++;
  }
  return preview;
}
