// Merge of two copies of a board, record by record and field by field (after excalidraw's
// reconcile and actual's CRDT): for every field the value with the later HLC stamp wins; a
// missing stamp counts as never written. `{column, rank}` is one field ("position"); checklist
// entries merge per entry; deletions are tombstone fields like any other.
//
// The result is a join of a semilattice, so merge(a,b) == merge(b,a), merge(a,a) == a and
// merge(merge(a,b),c) == merge(a,merge(b,c)). Equal stamps with different values (only possible
// with a corrupt or hand-edited file) are broken by comparing the values' JSON, keeping those laws.
import { mergeAttachments } from './attachmentEdits';
import { itemAttachments } from './attachments';
import { sortChecklist } from './items';
import type {
  Channel,
  ChannelField,
  ChecklistEntry,
  Item,
  Member,
  MemberField,
  StandupRecord,
} from './types';
import { ITEM_FIELDS } from './types';

function valueKey(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/** True when side b wins a field: later stamp, or equal stamps and the larger value. */
function bWins(
  aStamp: string | undefined,
  bStamp: string | undefined,
  aValue: unknown,
  bValue: unknown,
): boolean {
  const a = aStamp ?? '';
  const b = bStamp ?? '';
  if (a !== b) return a < b;
  return valueKey(aValue) < valueKey(bValue);
}

type Clocked<F extends string> = { id: string; clocks: Partial<Record<F, string>> };

/** Field-wise last-writer-wins over plain fields (each field name is also its clock name). */
function mergeFields<T extends Clocked<F>, F extends string>(a: T, b: T, fields: readonly F[]): T {
  const out = { ...a, clocks: { ...a.clocks } } as T;
  const record = out as unknown as Record<string, unknown>;
  for (const field of fields) {
    const av = (a as unknown as Record<string, unknown>)[field];
    const bv = (b as unknown as Record<string, unknown>)[field];
    if (bWins(a.clocks[field], b.clocks[field], av, bv)) {
      record[field] = bv;
      if (b.clocks[field] === undefined) delete out.clocks[field];
      else out.clocks[field] = b.clocks[field];
    }
  }
  return out;
}

export function mergeChecklist(a: readonly ChecklistEntry[], b: readonly ChecklistEntry[]): ChecklistEntry[] {
  const byId = new Map<string, ChecklistEntry>();
  for (const entry of a) byId.set(entry.id, entry);
  for (const entry of b) {
    const mine = byId.get(entry.id);
    if (!mine || bWins(mine.clock, entry.clock, mine, entry)) byId.set(entry.id, entry);
  }
  return sortChecklist([...byId.values()]);
}

const PLAIN_ITEM_FIELDS = ITEM_FIELDS.filter((f) => f !== 'position');

export function mergeItem(a: Item, b: Item): Item {
  const out = mergeFields(a, b, PLAIN_ITEM_FIELDS);
  // Position is one field: column and rank always come from the same side.
  const aPos = { column: a.column, rank: a.rank };
  const bPos = { column: b.column, rank: b.rank };
  if (bWins(a.clocks.position, b.clocks.position, aPos, bPos)) {
    out.column = b.column;
    out.rank = b.rank;
    if (b.clocks.position === undefined) delete out.clocks.position;
    else out.clocks.position = b.clocks.position;
  }
  out.checklist = mergeChecklist(a.checklist, b.checklist);
  // Attachments merge per entry like checklist entries; rows from before attachments have none.
  if (a.attachments !== undefined || b.attachments !== undefined)
    out.attachments = mergeAttachments(itemAttachments(a), itemAttachments(b));
  out.createdAt = Math.min(a.createdAt, b.createdAt);
  out.updatedAt = Math.max(a.updatedAt, b.updatedAt);
  return out;
}

const CHANNEL_FIELDS: readonly ChannelField[] = [
  'name',
  'color',
  'weeklyTarget',
  'retired',
  'visual',
  'rank',
  'deleted',
];
const MEMBER_FIELDS: readonly MemberField[] = ['name', 'retired', 'rank', 'deleted'];

export const mergeChannel = (a: Channel, b: Channel): Channel => mergeFields(a, b, CHANNEL_FIELDS);
export const mergeMember = (a: Member, b: Member): Member => mergeFields(a, b, MEMBER_FIELDS);

/** Merge two collections of records by id; records only on one side are kept as they are. */
export function mergeById<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  mergeOne: (x: T, y: T) => T,
): T[] {
  const byId = new Map<string, T>();
  for (const record of a) byId.set(record.id, record);
  for (const record of b) {
    const mine = byId.get(record.id);
    byId.set(record.id, mine ? mergeOne(mine, record) : record);
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Stand-up records are written once when a stand-up ends (maybe amended later): whole-record last
 * writer wins by `clock`; a deletion is the `deleted` tombstone, so it wins like any later write.
 */
export const mergeStandup = (a: StandupRecord, b: StandupRecord): StandupRecord =>
  bWins(a.clock, b.clock, a, b) ? b : a;

export interface BoardRecords {
  items: Item[];
  channels: Channel[];
  members: Member[];
  /** Optional so boards built before stand-ups existed (and old files) stay valid; a merge always has it. */
  standups?: StandupRecord[];
}

export function mergeBoards(a: BoardRecords, b: BoardRecords): BoardRecords {
  return {
    items: mergeById(a.items, b.items, mergeItem),
    channels: mergeById(a.channels, b.channels, mergeChannel),
    members: mergeById(a.members, b.members, mergeMember),
    standups: mergeById(a.standups ?? [], b.standups ?? [], mergeStandup),
  };
}
