// Einstellungen › Team: who can be assigned. Retired members stay on old items.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useSettingsT } from './settingsI18n';
import { useMembers } from '../../storage/settings/settingsQueries';
import { createMember } from '../../storage/settings/settingsCommands';
import { MemberRow } from './MemberRow';
import { problemText, toProblem, type SettingsProblem } from './settingsError';

export function TeamSection() {
  const t = useSettingsT();
  const s = t.settings.team;
  const id = useId();
  const members = useMembers();
  const [name, setName] = useState('');
  const [error, setError] = useState<SettingsProblem | null>(null);
  // The name just added (the confirmation is worded at render time, in the current language).
  const [added, setAdded] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    try {
      await createMember(name);
      setAdded(name.trim());
      setName('');
      setError(null);
    } catch (e) {
      setError(toProblem(e));
      input.current?.focus();
    }
  };

  const fieldError = error?.key ? error : null;

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{s.heading}</h2>
      <p className="section-intro">{s.intro}</p>
      {members === undefined ? (
        <p>{t.loading}</p>
      ) : members.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <ul className="settings-list">
          {members.map((member) => (
            <MemberRow key={member.id} member={member} />
          ))}
        </ul>
      )}
      <form className="add-form add-member" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{s.newName}</label>
          <input
            id={`${id}-name`}
            ref={input}
            type="text"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${id}-error` : undefined}
          />
          {fieldError && (
            <p id={`${id}-error`} className="field-error">
              {problemText(t, fieldError)}
            </p>
          )}
        </div>
        <button type="submit" className="primary">
          {s.add}
        </button>
      </form>
      {error && !error.key && (
        <p role="alert" className="form-alert">
          {problemText(t, error)}
        </p>
      )}
      <p role="status" className="form-status">
        {added !== null ? s.added(added) : ''}
      </p>
    </section>
  );
}
