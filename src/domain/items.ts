// Pure rules for creating and changing items. Clocks are passed in as a stamp generator so the
// caller (a storage command) decides time and device; nothing here reads the clock.
import type { ColumnId } from './columns';
import { DEFAULT_CHECKLIST_LABELS } from './defaults';
import { rankBetween, ranksBetween } from './rank';
import { ITEM_FIELDS, type ChecklistEntry, type Item, type ItemEdit } from './types';

export type NextStamp = () => string;
export type NewId = () => string;

export interface NewItemInput extends ItemEdit {
  title: string;
  column: ColumnId;
  rank: string;
}

export function createItem(input: NewItemInput, now: number, stamp: NextStamp, newId: NewId): Item {
  const at = stamp();
  const ranks = ranksBetween(null, null, DEFAULT_CHECKLIST_LABELS.length);
  const checklist: ChecklistEntry[] = DEFAULT_CHECKLIST_LABELS.map((label, index) => ({
    id: newId(),
    label,
    done: false,
    rank: ranks[index]!,
    deleted: false,
    clock: at,
  }));
  const item: Item = {
    id: newId(),
    title: input.title.trim(),
    brief: input.brief ?? '',
    department: input.department ?? '',
    contact: input.contact ?? '',
    channelIds: input.channelIds ?? [],
    publishDate: input.publishDate ?? null,
    publishTime: input.publishTime ?? null,
    assigneeId: input.assigneeId ?? null,
    urgent: input.urgent ?? false,
    notes: input.notes ?? '',
    column: input.column,
    rank: input.rank,
    checklist,
    attachments: [],
    archived: false,
    deleted: false,
    createdAt: now,
    updatedAt: now,
    clocks: {},
  };
  // Every mergeable field starts with the same clock: ITEM_FIELDS is the one list of them.
  for (const field of ITEM_FIELDS) {
    item.clocks[field] = at;
  }
  return item;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/**
 * Apply an edit: only fields whose value really changed are written and stamped, so an unchanged
 * field cannot beat a colleague's later edit of it in a merge. Returns null when nothing changed.
 */
export function applyItemEdit(item: Item, edit: ItemEdit, now: number, stamp: NextStamp): Item | null {
  const changed = (Object.keys(edit) as (keyof ItemEdit)[]).filter(
    (key) => edit[key] !== undefined && !sameValue(edit[key], item[key]),
  );
  if (changed.length === 0) return null;
  const at = stamp();
  const next: Item = { ...item, clocks: { ...item.clocks }, updatedAt: now };
  for (const key of changed) {
    (next as unknown as Record<string, unknown>)[key] =
      key === 'title' ? (edit.title as string).trim() : edit[key];
    next.clocks[key] = at;
  }
  return next;
}

export function moveItem(item: Item, column: ColumnId, rank: string, now: number, stamp: NextStamp): Item {
  return { ...item, column, rank, updatedAt: now, clocks: { ...item.clocks, position: stamp() } };
}

export function setItemFlag(
  item: Item,
  field: 'archived' | 'deleted',
  value: boolean,
  now: number,
  stamp: NextStamp,
): Item {
  return { ...item, [field]: value, updatedAt: now, clocks: { ...item.clocks, [field]: stamp() } };
}

/** Replace one checklist entry (toggle, rename, remove) or add a new one; stamps that entry only. */
export function upsertChecklistEntry(
  item: Item,
  entry: Omit<ChecklistEntry, 'clock'>,
  now: number,
  stamp: NextStamp,
): Item {
  const exists = item.checklist.some((e) => e.id === entry.id);
  // A new entry goes after the last one, so every device orders the checklist the same way.
  const rank = entry.rank ?? (exists ? undefined : rankBetween(lastChecklistRank(item.checklist), null));
  const stamped: ChecklistEntry =
    rank === undefined ? { ...entry, clock: stamp() } : { ...entry, rank, clock: stamp() };
  const checklist = exists
    ? item.checklist.map((e) => (e.id === entry.id ? stamped : e))
    : [...item.checklist, stamped];
  return { ...item, checklist, updatedAt: now };
}

function lastChecklistRank(entries: readonly ChecklistEntry[]): string | null {
  let last: string | null = null;
  for (const e of entries) if (e.rank !== undefined && (last === null || last < e.rank)) last = e.rank;
  return last;
}

/** Checklist entries in display order (rank, then id), tombstones included. */
export function sortChecklist(entries: readonly ChecklistEntry[]): ChecklistEntry[] {
  return [...entries].sort((a, b) => {
    const ra = a.rank ?? '';
    const rb = b.rank ?? '';
    if (ra !== rb) return ra < rb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Shorten long text for a card; the full text stays in the item. */
export function shorten(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return (
    chars
      .slice(0, maxChars - 1)
      .join('')
      .trimEnd() + '…'
  );
}
