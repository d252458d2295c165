// Adds a channel (name, colour, weekly target) at the end of the channel list.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useSettingsT } from './settingsI18n';
import { createChannel } from '../../storage/settings/settingsCommands';
import { parseTarget } from './channelDraft';
import {
  problemText,
  toProblem,
  ERROR_FIELD,
  type SettingsField,
  type SettingsProblem,
} from './settingsError';

type Field = SettingsField;
const INITIAL_COLOR = '#1d4e89';

export function AddChannelForm() {
  const t = useSettingsT();
  const s = t.settings.channels;
  const id = useId();
  const [name, setName] = useState('');
  const [color, setColor] = useState(INITIAL_COLOR);
  const [target, setTarget] = useState('0');
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const targetInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setAdded(null);
    const weeklyTarget = parseTarget(target);
    if (weeklyTarget === null) {
      setProblem({ key: 'targetInvalid' });
      targetInput.current?.focus();
      return;
    }
    try {
      await createChannel({ name, color: color.toLowerCase(), weeklyTarget });
      setAdded(name.trim());
      setName('');
      setColor(INITIAL_COLOR);
      setTarget('0');
    } catch (e) {
      const next = toProblem(e);
      setProblem(next);
      if (next.key && ERROR_FIELD[next.key] === 'name') nameInput.current?.focus();
    }
  };

  const errorField = problem?.key ? ERROR_FIELD[problem.key] : null;
  const aria = (field: Field, hintId?: string) => {
    const errorId = errorField === field ? `${id}-${field}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ');
    return { 'aria-invalid': errorId ? true : undefined, 'aria-describedby': describedBy || undefined };
  };
  const errorText = (field: Field) =>
    problem &&
    errorField === field && (
      <p id={`${id}-${field}-error`} className="field-error">
        {problemText(t, problem)}
      </p>
    );
  const typedTarget = parseTarget(target);

  return (
    <form className="add-form add-channel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{s.addHeading}</h3>
      <div className="field field-name">
        <label htmlFor={`${id}-name`}>{s.name}</label>
        <input
          id={`${id}-name`}
          ref={nameInput}
          type="text"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...aria('name')}
        />
        {errorText('name')}
      </div>
      <div className="field field-color">
        <label htmlFor={`${id}-color`}>{s.color}</label>
        <input
          id={`${id}-color`}
          type="color"
          value={color}
          onChange={(e) => setColor(e.target.value)}
          {...aria('color')}
        />
        {errorText('color')}
      </div>
      <div className="field field-target">
        <label htmlFor={`${id}-target`}>{s.target}</label>
        <input
          id={`${id}-target`}
          ref={targetInput}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          {...aria('weeklyTarget', `${id}-target-hint`)}
        />
        <span id={`${id}-target-hint`} className="field-hint">
          {typedTarget === 0 ? s.noTarget : typedTarget !== null ? s.perWeek(typedTarget) : ''}
        </span>
        {errorText('weeklyTarget')}
      </div>
      <div className="row-actions">
        <button type="submit" className="primary">
          {s.add}
        </button>
      </div>
      {problem && !problem.key && (
        <p role="alert" className="form-alert">
          {problemText(t, problem)}
        </p>
      )}
      <p role="status" className="form-status">
        {added !== null ? s.added(added) : ''}
      </p>
    </form>
  );
}
