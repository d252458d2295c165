// The editor's save, apart from the commands the board itself needs: it and its conflict check
// load with the editor's code, not with the board's first download.
import { applyItemEdit, upsertChecklistEntry } from '../../domain/items';
import { editConflicts, type EditConflict } from '../../domain/editConflicts';
import type { ChecklistEntry, FieldClocks, ItemEdit, ItemField } from '../../domain/types';
import { hasErrors, validateItemEdit } from '../../domain/validate';
import { db } from '../db/db';
import { InputError } from '../db/errors';
import { write } from '../db/write';
import { ItemValidationError, requireItem } from './itemCommands';

/**
 * The editor's save refused because fields she changed were changed meanwhile elsewhere (another
 * tab, an import) to other values: writing hers would drop theirs without a word. Nothing was
 * written; the conflicts carry their values and clocks, and the editor lets her choose per field.
 */
export class EditConflictError extends InputError {
  constructor(readonly conflicts: EditConflict[]) {
    super(`changed elsewhere: ${conflicts.map((c) => c.field).join(', ')}`);
    this.name = 'EditConflictError';
  }
}

/** One checklist entry as the editor wants it stored; `deleted: true` removes it as a tombstone. */
export type ChecklistChange = Omit<ChecklistEntry, 'clock'>;

/**
 * The editor's save: the changed item fields and the changed checklist entries in ONE transaction,
 * so a failed write leaves nothing half-saved. Only fields and entries the user changed are passed
 * in, and applyItemEdit stamps only values that really differ, so a colleague's later edit of an
 * untouched field still wins a merge.
 *
 * `basis` is the field clocks the edit was made against (the item as the editor opened it). Given,
 * the save is refused with an EditConflictError when a field in `edit` changed meanwhile; the check
 * reads the row inside the write's transaction, so two tabs saving at once cannot both pass it.
 */
export async function saveItem(
  id: string,
  edit: ItemEdit,
  checklist: ChecklistChange[] = [],
  basis?: FieldClocks<ItemField>,
): Promise<void> {
  const errors = validateItemEdit(edit);
  if (hasErrors(errors)) throw new ItemValidationError(errors);
  await write([db.items], async (ctx) => {
    const item = await requireItem(id);
    if (basis) {
      const conflicts = editConflicts(basis, item, edit);
      if (conflicts.length > 0) throw new EditConflictError(conflicts);
    }
    let next = applyItemEdit(item, edit, ctx.now, ctx.stamp) ?? item;
    for (const entry of checklist) {
      const current = next.checklist.find((e) => e.id === entry.id);
      const unchanged =
        current !== undefined &&
        current.label === entry.label &&
        current.done === entry.done &&
        current.deleted === entry.deleted;
      if (!unchanged) next = upsertChecklistEntry(next, entry, ctx.now, ctx.stamp);
    }
    if (next !== item) await db.items.put(next);
  });
}
