// Checkliste: tick entries, remove them, add new ones. Works on the form state only; the editor's
// save writes the changed entries (removed ones as tombstones) in one transaction.
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useEditorT } from './useEditorT';
import { useAttachmentsT } from '../attachments/useAttachmentsT';
import type { FormChecklistEntry } from './formState';

interface ChecklistFieldsetProps {
  entries: FormChecklistEntry[];
  onChange: (entries: FormChecklistEntry[]) => void;
  newId: () => string;
  /**
   * Entries whose state is derived rather than ticked (e.g. "Bildrechte geklärt" while images are
   * attached): returns the derived state, or null for an ordinary entry.
   */
  derivedDone?: (entry: FormChecklistEntry) => boolean | null;
}

export function ChecklistFieldset({ entries, onChange, newId, derivedDone }: ChecklistFieldsetProps) {
  const t = useEditorT();
  const at = useAttachmentsT();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);

  const add = () => {
    const label = draft.trim();
    if (label !== '') {
      onChange([...entries, { id: newId(), label, done: false }]);
      setDraft('');
    }
    addRef.current?.focus();
  };

  const remove = (index: number) => {
    const removed = entries[index]!;
    const rest = entries.filter((e) => e.id !== removed.id);
    // The removed button disappears; keep the keyboard user in place on the next entry.
    const focusTarget = rest[index] ?? rest[index - 1];
    flushSync(() => onChange(rest));
    const next = focusTarget
      ? listRef.current?.querySelector<HTMLInputElement>(`[data-entry-id="${focusTarget.id}"]`)
      : null;
    (next ?? addRef.current)?.focus();
  };

  return (
    <fieldset className="editor-fieldset">
      <legend>{t.editor.fields.checklist}</legend>
      {entries.length === 0 ? (
        <p className="editor-muted">{t.editor.checklistEmpty}</p>
      ) : (
        <ul className="editor-checklist" ref={listRef}>
          {entries.map((entry, index) => {
            const derived = derivedDone?.(entry) ?? null;
            return (
              <li key={entry.id}>
                <label className="editor-check">
                  <input
                    type="checkbox"
                    data-entry-id={entry.id}
                    checked={derived ?? entry.done}
                    disabled={derived !== null}
                    onChange={(event) =>
                      onChange(
                        entries.map((e) => (e.id === entry.id ? { ...e, done: event.target.checked } : e)),
                      )
                    }
                  />
                  <span className="editor-entry-label">{entry.label}</span>
                  {derived !== null && <span className="editor-check-derived"> ({at.derivedHint})</span>}
                </label>
                <button
                  type="button"
                  className="editor-icon-button"
                  aria-label={t.editor.removeEntry(entry.label)}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="editor-add-entry">
        <label htmlFor={inputId}>{t.editor.newEntryLabel}</label>
        <div className="editor-inline">
          <input
            id={inputId}
            ref={addRef}
            type="text"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              // Enter adds the entry instead of submitting (saving) the whole form.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add}>
            {t.editor.addEntry}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
