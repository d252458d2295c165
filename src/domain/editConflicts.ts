// Whether an editor's save would overwrite a change made meanwhile elsewhere: another tab of the
// same browser, or an import. The form remembers the field clocks of the item as it opened it (its
// basis); at save time, a field she changed whose stored clock is no longer the one she started
// from was changed by someone else, and unless both ended at the same value, saving hers would
// silently drop theirs. Fields she did not touch are never a conflict: the save leaves them alone.
// Pure: the storage command calls it inside the save's transaction, on the row it is about to write.
import type { FieldClocks, Item, ItemEdit, ItemField } from './types';

export type EditField = keyof ItemEdit;

/** The editor's fields in the form's order: conflicts are listed (and focused) in this order. */
export const EDIT_FIELDS = [
  'title',
  'brief',
  'department',
  'contact',
  'channelIds',
  'publishDate',
  'publishTime',
  'assigneeId',
  'urgent',
  'notes',
] as const satisfies readonly EditField[];

export interface EditConflict {
  field: EditField;
  /** The stored value, which saving hers would replace. */
  theirs: Item[EditField];
  /**
   * The stored field's clock. A form that takes this as the field's basis has seen their change,
   * so saving (hers or theirs) no longer conflicts, until the field changes elsewhere again.
   */
  clock: string | undefined;
}

function sameValue(field: EditField, a: unknown, b: unknown): boolean {
  if (field === 'channelIds') {
    // Channels are a set (as the editor treats them): the same channels in another order agree.
    const x = a as string[];
    const y = b as string[];
    return x.length === y.length && x.every((id) => y.includes(id));
  }
  if (field === 'title') return (a as string).trim() === (b as string).trim();
  return a === b;
}

/**
 * The fields of `edit` that changed in `stored` since the form's `basis` clocks, to a value other
 * than hers, in the form's order. Empty when the save can be written as it is.
 */
export function editConflicts(basis: FieldClocks<ItemField>, stored: Item, edit: ItemEdit): EditConflict[] {
  const conflicts: EditConflict[] = [];
  for (const field of EDIT_FIELDS) {
    const mine = edit[field];
    if (mine === undefined) continue;
    if (stored.clocks[field] === basis[field]) continue;
    if (sameValue(field, mine, stored[field])) continue;
    conflicts.push({ field, theirs: stored[field], clock: stored.clocks[field] });
  }
  return conflicts;
}

/** The basis once she has seen (and chosen on) these conflicts: their clocks replace the old ones. */
export function basisAfter(
  basis: FieldClocks<ItemField>,
  seen: readonly Pick<EditConflict, 'field' | 'clock'>[],
): FieldClocks<ItemField> {
  const next = { ...basis };
  for (const { field, clock } of seen) {
    if (clock === undefined) delete next[field];
    else next[field] = clock;
  }
  return next;
}
