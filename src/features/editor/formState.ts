// The editor's form state and the pure rules around it: build it from an item, tell whether the
// user changed anything, turn it into the minimal edit to save, and check it before saving.
// The form is compared with the snapshot taken when the dialog opened (not with the live row), so
// a colleague's change arriving meanwhile is neither overwritten nor mistaken for the user's edit.
import { DEFAULT_CHECKLIST_LABELS, LIMITS } from '../../domain/defaults';
import type { EditField } from '../../domain/editConflicts';
import type { Item, ItemEdit } from '../../domain/types';
import { validateItemEdit, type ValidationErrorKey } from '../../domain/validate';
import type { ChecklistChange } from '../../storage/items/saveItem';

export interface FormChecklistEntry {
  id: string;
  label: string;
  done: boolean;
}

export interface EditorFormState {
  title: string;
  brief: string;
  department: string;
  contact: string;
  channelIds: string[];
  /** yyyy-MM-dd or '' (not planned) */
  publishDate: string;
  /** HH:mm or '' */
  publishTime: string;
  /** member id or '' (nobody) */
  assigneeId: string;
  urgent: boolean;
  notes: string;
  /** Visible entries only (tombstoned ones are not shown). */
  checklist: FormChecklistEntry[];
}

export function formFromItem(item: Item): EditorFormState {
  return {
    title: item.title,
    brief: item.brief,
    department: item.department,
    contact: item.contact,
    channelIds: [...item.channelIds],
    publishDate: item.publishDate ?? '',
    publishTime: item.publishTime ?? '',
    assigneeId: item.assigneeId ?? '',
    urgent: item.urgent,
    notes: item.notes,
    checklist: item.checklist
      .filter((entry) => !entry.deleted)
      .map(({ id, label, done }) => ({ id, label, done })),
  };
}

export function emptyForm(newId: () => string): EditorFormState {
  return {
    title: '',
    brief: '',
    department: '',
    contact: '',
    channelIds: [],
    publishDate: '',
    publishTime: '',
    assigneeId: '',
    urgent: false,
    notes: '',
    checklist: DEFAULT_CHECKLIST_LABELS.map((label) => ({ id: newId(), label, done: false })),
  };
}

/** One field's stored value as the form holds it (null becomes '', as in formFromItem). */
export function formValueOf(value: Item[EditField]): EditorFormState[EditField] {
  if (value === null) return '';
  return Array.isArray(value) ? [...value] : value;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
const orNull = (value: string) => (value === '' ? null : value);

/** The item fields the user changed, in storage shape; unchanged fields are left out. */
export function editFromForm(initial: EditorFormState, form: EditorFormState): ItemEdit {
  const edit: ItemEdit = {};
  if (form.title.trim() !== initial.title.trim()) edit.title = form.title.trim();
  if (form.brief !== initial.brief) edit.brief = form.brief;
  if (form.department !== initial.department) edit.department = form.department;
  if (form.contact !== initial.contact) edit.contact = form.contact;
  // Channels are a set: unticking and re-ticking one is no change.
  if (!sameSet(form.channelIds, initial.channelIds)) edit.channelIds = [...form.channelIds];
  if (form.publishDate !== initial.publishDate) edit.publishDate = orNull(form.publishDate);
  if (form.publishTime !== initial.publishTime) edit.publishTime = orNull(form.publishTime);
  if (form.assigneeId !== initial.assigneeId) edit.assigneeId = orNull(form.assigneeId);
  if (form.urgent !== initial.urgent) edit.urgent = form.urgent;
  if (form.notes !== initial.notes) edit.notes = form.notes;
  return edit;
}

/** Checklist entries added, changed or removed (removed ones become tombstones). */
export function checklistChanges(initial: EditorFormState, form: EditorFormState): ChecklistChange[] {
  const changes: ChecklistChange[] = [];
  const before = new Map(initial.checklist.map((entry) => [entry.id, entry]));
  for (const entry of form.checklist) {
    const old = before.get(entry.id);
    if (!old || old.label !== entry.label || old.done !== entry.done)
      changes.push({ ...entry, deleted: false });
  }
  const kept = new Set(form.checklist.map((entry) => entry.id));
  for (const entry of initial.checklist) {
    if (!kept.has(entry.id)) changes.push({ ...entry, deleted: true });
  }
  return changes;
}

export function isDirty(initial: EditorFormState, form: EditorFormState): boolean {
  return Object.keys(editFromForm(initial, form)).length > 0 || checklistChanges(initial, form).length > 0;
}

export type FormField = 'title' | 'publishDate' | 'publishTime';
export type FormErrorKey = ValidationErrorKey | 'titleTooLong';
export type FormErrors = Partial<Record<FormField, FormErrorKey>>;

/** What the browser knows but the value does not say: a half-typed or impossible date/time. */
export interface InputValidity {
  dateBadInput: boolean;
  timeBadInput: boolean;
}

/**
 * Check the whole form (not just the changed fields), so e.g. a time left standing after the date
 * was cleared is caught. A date input holding "31.02." reports an empty value with badInput set.
 */
export function validateForm(form: EditorFormState, validity: InputValidity): FormErrors {
  const errors: FormErrors = validateItemEdit({
    title: form.title,
    publishDate: orNull(form.publishDate),
    publishTime: orNull(form.publishTime),
  });
  if (!errors.title && Array.from(form.title.trim()).length > LIMITS.maxTitleChars)
    errors.title = 'titleTooLong';
  if (validity.dateBadInput) errors.publishDate = 'dateInvalid';
  if (validity.timeBadInput) errors.publishTime = 'timeInvalid';
  else if (errors.publishTime === 'timeWithoutDate' && errors.publishDate) delete errors.publishTime;
  return errors;
}

export const FIELD_ORDER: readonly FormField[] = ['title', 'publishDate', 'publishTime'];

/** A new item's fields from the form (the checklist is passed separately). */
export function newItemFromForm(form: EditorFormState): ItemEdit & { title: string } {
  return {
    title: form.title.trim(),
    brief: form.brief,
    department: form.department,
    contact: form.contact,
    channelIds: [...form.channelIds],
    publishDate: orNull(form.publishDate),
    publishTime: orNull(form.publishTime),
    assigneeId: orNull(form.assigneeId),
    urgent: form.urgent,
    notes: form.notes,
  };
}
