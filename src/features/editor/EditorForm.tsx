// The editor dialog's form. Its state is initialised once, when the dialog opens, and never reset by
// live updates, so nothing she typed is clobbered by a change from another tab. Saving writes only
// what she changed; a failed write keeps the dialog open with every character she typed. A save
// of fields changed meanwhile in another tab is refused by the command (checked against the clocks
// the form started from, its basis); she then chooses per field, and saving again writes her choice.
// A new item's files are kept here until it is saved, then written with it (nothing left on Abbrechen).
import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { COLUMN_IDS, isColumnId, type ColumnId } from '../../domain/columns';
import { basisAfter, EDIT_FIELDS, type EditField } from '../../domain/editConflicts';
import { LIMITS } from '../../domain/defaults';
import { derivedChecklistDone } from '../../domain/imageRights';
import type { Channel, FieldClocks, Item, ItemField, Member } from '../../domain/types';
import { useEditorT } from './useEditorT';
import { toNewItemAttachments, type DraftAttachment } from '../attachments/draftAttachments';
import * as rightsMessages from '../../i18n/rights';
import { useViewStore } from '../../state/viewStore';
import { toStorageError, type StorageErrorKind } from '../../storage/db/errors';
import { createItem, ImageRightsError, ItemValidationError } from '../../storage/items/itemCommands';
import { EditConflictError, saveItem } from '../../storage/items/saveItem';
import { AssigneeSelect } from './AssigneeSelect';
import { ChannelsFieldset } from './ChannelsFieldset';
import { ChecklistFieldset } from './ChecklistFieldset';
import { ConflictChoices, type ConflictEntry } from './ConflictChoices';
import { DiscardConfirm } from './DiscardConfirm';
import {
  checklistChanges,
  editFromForm,
  emptyForm,
  FIELD_ORDER,
  formFromItem,
  formValueOf,
  isDirty,
  newItemFromForm,
  validateForm,
  type EditorFormState,
  type FormErrors,
  type FormField,
} from './formState';
import { deleteWithUndo, setArchivedWithUndo } from './itemActions';
import { ItemMeta } from './ItemMeta';
import { ModalDialog } from '../../ui/ModalDialog';

// Its own chunk: the gallery, rights form and attach worker client load when an item is opened.
const AttachmentsSection = lazy(() => import('../attachments/AttachmentsSection'));

export type EditorTarget = { kind: 'new'; column: ColumnId } | { kind: 'edit'; id: string; opened: Item };

interface EditorFormProps {
  target: EditorTarget;
  /** The live row (edit only): null or tombstoned once deleted elsewhere. */
  live: Item | null;
  channels: Channel[];
  members: Member[];
}

type PendingAction = 'close' | 'delete' | 'archive';

const newId = () => crypto.randomUUID();
const CHOICE_INPUTS = new Set(['checkbox', 'radio']);
const closeEditor = () => useViewStore.getState().closeEditor();

export function EditorForm({ target, live, channels, members }: EditorFormProps) {
  const t = useEditorT();
  const language = useViewStore((s) => s.language);
  const headingId = useId();
  const idPrefix = useId();
  const ids = {
    title: `${idPrefix}-title`,
    brief: `${idPrefix}-brief`,
    department: `${idPrefix}-department`,
    contact: `${idPrefix}-contact`,
    date: `${idPrefix}-date`,
    time: `${idPrefix}-time`,
    assignee: `${idPrefix}-assignee`,
    column: `${idPrefix}-column`,
    notes: `${idPrefix}-notes`,
  };

  const [initial] = useState<EditorFormState>(() =>
    target.kind === 'edit' ? formFromItem(target.opened) : emptyForm(newId),
  );
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [storageError, setStorageError] = useState<StorageErrorKind | null>(null);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [basis, setBasis] = useState<FieldClocks<ItemField>>(() =>
    target.kind === 'edit' ? target.opened.clocks : {},
  );
  const [conflicts, setConflicts] = useState<ConflictEntry[]>([]);
  /** Where a new item goes: the column it was started from until she picks another. */
  const [column, setColumn] = useState<ColumnId>(target.kind === 'new' ? target.column : 'idee');
  const conflictsRef = useRef<HTMLElement>(null);
  const [drafts, setDraftsState] = useState<DraftAttachment[]>([]);
  // Read by save(), which can run in the same event as the last rights change (Enter in Urheber).
  const draftsRef = useRef<DraftAttachment[]>([]);
  const setDrafts = (next: DraftAttachment[]) => {
    draftsRef.current = next;
    setDraftsState(next);
  };
  const [rightsRefusal, setRightsRefusal] = useState<ImageRightsError | null>(null);
  const busy = useRef(false);
  const focusBeforeConfirm = useRef<HTMLElement | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const inputOf = (field: FormField) =>
    ({ title: titleRef, publishDate: dateRef, publishTime: timeRef })[field].current;

  const isNew = target.kind === 'new';
  const deletedElsewhere = target.kind === 'edit' && (live === null || live.deleted);
  const dirty = isDirty(initial, form) || drafts.length > 0;
  const set = <K extends keyof EditorFormState>(key: K, value: EditorFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const showErrors = (next: FormErrors) => {
    flushSync(() => setErrors(next));
    const first = FIELD_ORDER.find((field) => next[field]);
    if (first) inputOf(first)?.focus();
  };

  /**
   * List the refused fields, keeping what she typed as "hers" (also when a field conflicts again
   * after she chose), and put focus on the first field still to decide.
   */
  const showConflicts = (error: EditConflictError) => {
    const refused = new Set(error.conflicts.map((c) => c.field));
    const next: ConflictEntry[] = [
      ...conflicts.filter((entry) => !refused.has(entry.field)),
      ...error.conflicts.map((c) => ({
        field: c.field,
        mine: conflicts.find((entry) => entry.field === c.field)?.mine ?? form[c.field],
        theirs: formValueOf(c.theirs),
        clock: c.clock,
        choice: null,
      })),
    ].sort((a, b) => EDIT_FIELDS.indexOf(a.field) - EDIT_FIELDS.indexOf(b.field));
    flushSync(() => setConflicts(next));
    const open = [...(conflictsRef.current?.querySelectorAll('fieldset') ?? [])].find(
      (fieldset) => !fieldset.querySelector('input:checked'),
    );
    open?.querySelector('input')?.focus();
  };

  const choose = (field: EditField, choice: 'mine' | 'theirs') => {
    const entry = conflicts.find((c) => c.field === field);
    if (!entry) return;
    setForm((f) => ({ ...f, [field]: choice === 'mine' ? entry.mine : entry.theirs }));
    // Either way she has now seen their change: saving this field no longer overwrites it unseen.
    setBasis((b) => basisAfter(b, [entry]));
    setConflicts((cs) => cs.map((c) => (c.field === field ? { ...c, choice } : c)));
  };

  const fail = (error: unknown) => {
    if (error instanceof ItemValidationError) showErrors(error.errors);
    else if (error instanceof ImageRightsError) setRightsRefusal(error);
    else if (error instanceof EditConflictError) showConflicts(error);
    else setStorageError(toStorageError(error).kind);
  };

  /** Runs one write at a time; a second click while saving does nothing. */
  const run = async (action: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setStorageError(null);
    setRightsRefusal(null);
    try {
      await action();
      closeEditor();
    } catch (error) {
      fail(error);
    } finally {
      busy.current = false;
    }
  };

  const save = () => {
    const found = validateForm(form, {
      dateBadInput: dateRef.current?.validity.badInput ?? false,
      timeBadInput: timeRef.current?.validity.badInput ?? false,
    });
    showErrors(found);
    if (Object.keys(found).length > 0) return;
    // A rights text field writes when it is left: leave it now, so Enter in Urheber saves what she typed.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('.attachments')) {
      flushSync(() => active.blur());
      active.focus();
    }
    void run(async () => {
      if (target.kind === 'new') {
        await createItem(
          { ...newItemFromForm(form), column, placement: 'start' },
          form.checklist,
          toNewItemAttachments(draftsRef.current),
        );
      } else if (dirty) {
        await saveItem(target.id, editFromForm(initial, form), checklistChanges(initial, form), basis);
      }
    });
  };

  const perform = (action: PendingAction) => {
    setPending(null);
    if (action === 'close') return closeEditor();
    if (target.kind !== 'edit' || !live) return;
    if (action === 'delete') void run(() => deleteWithUndo(t, target.id, live.title));
    if (action === 'archive') void run(() => setArchivedWithUndo(t, target.id, live.title, !live.archived));
  };

  /** Anything that would throw away typed input asks first. */
  const request = (action: PendingAction) => {
    if (!dirty) return perform(action);
    focusBeforeConfirm.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(action);
  };

  const keepEditing = () => {
    setPending(null);
    const back = focusBeforeConfirm.current;
    (back?.isConnected ? back : titleRef.current)?.focus();
  };

  const errorId = (field: FormField) => `${idPrefix}-error-${field}`;
  const fieldError = (field: FormField): ReactNode => {
    const key = errors[field];
    if (!key) return null;
    const text =
      key === 'titleTooLong'
        ? t.editor.validation.titleTooLong(LIMITS.maxTitleChars.toLocaleString('de-DE'))
        : t.editor.validation[key];
    return (
      <p id={errorId(field)} className="editor-field-error">
        <span aria-hidden="true">⚠ </span>
        {text}
      </p>
    );
  };
  const invalidProps = (field: FormField) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};

  return (
    <ModalDialog
      className="editor-dialog"
      labelledBy={headingId}
      onCloseRequest={() => (pending ? keepEditing() : request('close'))}
    >
      <form
        className="editor-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        onKeyDown={(event) => {
          // Enter on a checkbox or radio (Dringend, a channel, a rights answer) would submit the whole
          // form by implicit submission; there it does nothing, and Space toggles, as usual.
          const { target: el } = event;
          if (event.key === 'Enter' && el instanceof HTMLInputElement && CHOICE_INPUTS.has(el.type))
            event.preventDefault();
        }}
      >
        <header className="editor-header">
          <h2 id={headingId}>{isNew ? t.editor.headingNew : t.editor.headingEdit}</h2>
          {live && !deletedElsewhere && <ItemMeta item={live} />}
        </header>

        <div className="editor-body">
          {conflicts.length > 0 && (
            <ConflictChoices
              ref={conflictsRef}
              idPrefix={idPrefix}
              entries={conflicts}
              onChoose={choose}
              channels={channels}
              members={members}
            />
          )}

          <div className="editor-field">
            <label htmlFor={ids.title}>{t.editor.fields.title}</label>
            <input
              id={ids.title}
              ref={titleRef}
              data-autofocus
              type="text"
              required
              autoComplete="off"
              value={form.title}
              onChange={(event) => set('title', event.target.value)}
              {...invalidProps('title')}
            />
            {fieldError('title')}
          </div>

          {isNew && (
            <div className="editor-field editor-field-column">
              <label htmlFor={ids.column}>{t.editor.fields.column}</label>
              <select
                id={ids.column}
                value={column}
                onChange={(event) => {
                  if (isColumnId(event.target.value)) setColumn(event.target.value);
                }}
              >
                {COLUMN_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t.columns[id]}
                  </option>
                ))}
              </select>
            </div>
          )}

          <div className="editor-field">
            <label htmlFor={ids.brief}>{t.editor.fields.brief}</label>
            <textarea
              id={ids.brief}
              rows={5}
              value={form.brief}
              onChange={(event) => set('brief', event.target.value)}
            />
          </div>

          <div className="editor-row">
            <div className="editor-field">
              <label htmlFor={ids.department}>{t.editor.fields.department}</label>
              <input
                id={ids.department}
                type="text"
                value={form.department}
                onChange={(event) => set('department', event.target.value)}
              />
            </div>
            <div className="editor-field">
              <label htmlFor={ids.contact}>{t.editor.fields.contact}</label>
              <input
                id={ids.contact}
                type="text"
                value={form.contact}
                onChange={(event) => set('contact', event.target.value)}
              />
            </div>
          </div>

          <ChannelsFieldset
            channels={channels}
            initialIds={initial.channelIds}
            selectedIds={form.channelIds}
            onChange={(channelIds) => set('channelIds', channelIds)}
          />

          <div className="editor-row">
            <div className="editor-field">
              <label htmlFor={ids.date}>{t.editor.fields.publishDate}</label>
              <input
                id={ids.date}
                ref={dateRef}
                type="date"
                value={form.publishDate}
                onChange={(event) => set('publishDate', event.target.value)}
                {...invalidProps('publishDate')}
              />
              {fieldError('publishDate')}
            </div>
            <div className="editor-field">
              <label htmlFor={ids.time}>
                {t.editor.fields.publishTime}{' '}
                <span className="editor-muted">({t.editor.fields.publishTimeHint})</span>
              </label>
              <input
                id={ids.time}
                ref={timeRef}
                type="time"
                value={form.publishTime}
                onChange={(event) => set('publishTime', event.target.value)}
                {...invalidProps('publishTime')}
              />
              {fieldError('publishTime')}
            </div>
            <div className="editor-field">
              <label htmlFor={ids.assignee}>{t.editor.fields.assignee}</label>
              <AssigneeSelect
                id={ids.assignee}
                members={members}
                initialId={initial.assigneeId}
                value={form.assigneeId}
                onChange={(assigneeId) => set('assigneeId', assigneeId)}
              />
            </div>
          </div>

          <label className="editor-check editor-urgent">
            <input
              type="checkbox"
              checked={form.urgent}
              onChange={(event) => set('urgent', event.target.checked)}
            />
            {t.editor.fields.urgent}
          </label>

          <ChecklistFieldset
            entries={form.checklist}
            onChange={(checklist) => set('checklist', checklist)}
            newId={newId}
            derivedDone={(entry) =>
              derivedChecklistDone(live ?? { attachments: drafts.map((d) => d.entry) }, entry)
            }
          />

          {live && !deletedElsewhere && (
            <Suspense fallback={null}>
              <AttachmentsSection item={live} />
            </Suspense>
          )}
          {isNew && (
            <Suspense fallback={null}>
              <AttachmentsSection draft={{ files: drafts, onChange: setDrafts }} />
            </Suspense>
          )}

          <div className="editor-field">
            <label htmlFor={ids.notes}>{t.editor.fields.notes}</label>
            <textarea
              id={ids.notes}
              rows={3}
              value={form.notes}
              onChange={(event) => set('notes', event.target.value)}
            />
          </div>
        </div>

        <footer className="editor-footer">
          {/* Messages sit in the footer, which never scrolls away, so they are seen wherever she is. */}
          {deletedElsewhere && (
            <p className="editor-alert" role="alert">
              {t.editor.deletedElsewhere}
            </p>
          )}
          {storageError && (
            <p className="editor-alert" role="alert">
              {t.storageError[storageError]}
            </p>
          )}
          {rightsRefusal && (
            <p className="editor-alert" role="alert">
              {rightsMessages[language].createRefused(
                t.columns[rightsRefusal.column],
                rightsRefusal.problems,
              )}
            </p>
          )}
          {pending && <DiscardConfirm onDiscard={() => perform(pending)} onKeepEditing={keepEditing} />}
          <div className="editor-buttons">
            {!isNew && !deletedElsewhere && live && (
              <div className="editor-inline">
                <button type="button" className="danger" onClick={() => request('delete')}>
                  {t.actions.delete}
                </button>
                <button type="button" onClick={() => request('archive')}>
                  {live.archived ? t.editor.unarchive : t.editor.archive}
                </button>
              </div>
            )}
            <div className="editor-inline editor-buttons-end">
              <button type="button" onClick={() => request('close')}>
                {t.actions.cancel}
              </button>
              {!deletedElsewhere && (
                <button type="submit" className="primary">
                  {t.actions.save}
                </button>
              )}
            </div>
          </div>
        </footer>
      </form>
    </ModalDialog>
  );
}
