// Shown when a save was refused because fields she changed were changed meanwhile in another tab.
// Per field she sees both versions and chooses; choosing puts that version into the field, and she
// can switch back, so neither her text nor theirs is lost before she saves again. Radio buttons:
// one Tab stop per field, arrow keys between the two, the choice announced as checked.
import { forwardRef } from 'react';
import { shorten } from '../../domain/items';
import type { EditField } from '../../domain/editConflicts';
import type { Channel, Member } from '../../domain/types';
import { useEditorT, type EditorT } from './useEditorT';
import type { EditorFormState } from './formState';

type FormValue = EditorFormState[EditField];

export interface ConflictEntry {
  field: EditField;
  /** Her value when the save was refused. */
  mine: FormValue;
  theirs: FormValue;
  /** The stored field's clock, the form's new basis for it once she chooses. */
  clock: string | undefined;
  choice: 'mine' | 'theirs' | null;
}

/** A long text is shown in part here; whichever she picks appears whole in its field. */
const SHOWN_CHARS = 300;

export function fieldLabel(t: EditorT, field: EditField): string {
  const labels: Record<EditField, string> = {
    title: t.editor.fields.title,
    brief: t.editor.fields.brief,
    department: t.editor.fields.department,
    contact: t.editor.fields.contact,
    channelIds: t.editor.fields.channels,
    publishDate: t.editor.fields.publishDate,
    publishTime: t.editor.fields.publishTime,
    assigneeId: t.editor.fields.assignee,
    urgent: t.editor.fields.urgent,
    notes: t.editor.fields.notes,
  };
  return labels[field];
}

function valueText(
  t: EditorT,
  field: EditField,
  value: FormValue,
  channels: Channel[],
  members: Member[],
): string {
  const c = t.editor.conflict;
  if (typeof value === 'boolean') return value ? c.yes : c.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return c.empty;
    return value
      .map((id) => channels.find((channel) => channel.id === id)?.name ?? t.editor.unknownChannel)
      .join(', ');
  }
  if (value === '') return field === 'assigneeId' ? t.editor.nobody : c.empty;
  if (field === 'assigneeId')
    return members.find((member) => member.id === value)?.name ?? t.editor.unknownMember;
  if (field === 'publishDate') return value.split('-').reverse().join('.');
  return shorten(value, SHOWN_CHARS);
}

interface ConflictChoicesProps {
  idPrefix: string;
  entries: ConflictEntry[];
  onChoose: (field: EditField, choice: 'mine' | 'theirs') => void;
  channels: Channel[];
  members: Member[];
}

export const ConflictChoices = forwardRef<HTMLElement, ConflictChoicesProps>(function ConflictChoices(
  { idPrefix, entries, onChoose, channels, members },
  ref,
) {
  const t = useEditorT();
  const c = t.editor.conflict;
  const headingId = `${idPrefix}-conflicts`;
  const fields = entries.map((entry) => fieldLabel(t, entry.field)).join(', ');
  return (
    <section ref={ref} className="editor-conflicts" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{c.heading}</h3>
      <p role="alert">{c.summary(fields)}</p>
      {entries.map((entry) => {
        const name = `${idPrefix}-conflict-${entry.field}`;
        const option = (choice: 'mine' | 'theirs', label: string, prefix: string, value: FormValue) => (
          <div className="editor-conflict-option">
            <label className="editor-check">
              <input
                type="radio"
                name={name}
                checked={entry.choice === choice}
                onChange={() => onChoose(entry.field, choice)}
                aria-describedby={`${name}-${choice}`}
              />
              {label}
            </label>
            <p id={`${name}-${choice}`} className="editor-conflict-value">
              <span className="editor-muted">{prefix}</span>{' '}
              {valueText(t, entry.field, value, channels, members)}
            </p>
          </div>
        );
        return (
          <fieldset key={entry.field} className="editor-conflict">
            <legend>{fieldLabel(t, entry.field)}</legend>
            {option('mine', c.keepMine, c.mine, entry.mine)}
            {option('theirs', c.takeTheirs, c.theirs, entry.theirs)}
          </fieldset>
        );
      })}
    </section>
  );
});
