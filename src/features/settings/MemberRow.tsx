// One team member: name, "ausgeschieden" marker, inline rename, retire / reactivate.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Member } from '../../domain/types';
import { useSettingsT } from './settingsI18n';
import { updateMember } from '../../storage/settings/settingsCommands';
import { problemText, toProblem, type SettingsProblem } from './settingsError';
import { VisuallyHidden } from './VisuallyHidden';

export function MemberRow({ member }: { member: Member }) {
  const t = useSettingsT();
  const s = t.settings.team;
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<SettingsProblem | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // After saving or cancelling a rename, focus goes back to the button that started it.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [editing]);

  const startRename = () => {
    setDraft(member.name);
    setError(null);
    setEditing(true);
  };
  const stopRename = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };

  const saveRename = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await updateMember(member.id, { name: draft });
      stopRename();
    } catch (e) {
      setError(toProblem(e));
    }
  };

  const toggleRetired = async () => {
    try {
      setError(null);
      await updateMember(member.id, { retired: !member.retired });
    } catch (e) {
      setError(toProblem(e));
    }
  };

  const fieldError = error?.key ? error : null;
  const storageError = error && !error.key ? error : null;

  return (
    <li className={member.retired ? 'settings-row is-retired' : 'settings-row'}>
      {editing ? (
        <form className="member-rename" onSubmit={saveRename} noValidate>
          <label htmlFor={`${id}-name`}>{s.renameLabel(member.name)}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                stopRename();
              }
            }}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${id}-error` : undefined}
          />
          {fieldError && (
            <p id={`${id}-error`} className="field-error">
              {problemText(t, fieldError)}
            </p>
          )}
          <div className="row-actions">
            <button type="submit" className="primary">
              {t.actions.save}
            </button>
            <button type="button" onClick={stopRename}>
              {t.actions.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="member-line">
          <span className="member-name">{member.name}</span>
          {member.retired && <span className="retired-badge">{s.retired}</span>}
          <div className="row-actions">
            <button type="button" ref={renameButton} onClick={startRename}>
              {s.rename}
              <VisuallyHidden> ({member.name})</VisuallyHidden>
            </button>
            <button type="button" onClick={toggleRetired}>
              {member.retired ? s.reactivate : s.retire}
              <VisuallyHidden> ({member.name})</VisuallyHidden>
            </button>
          </div>
        </div>
      )}
      {storageError && (
        <p role="alert" className="form-alert">
          {problemText(t, storageError)}
        </p>
      )}
    </li>
  );
}
