// One channel: name, colour, weekly target and "Bildkanal", saved together with the row's button;
// retire / reactivate act at once. Retired channels are marked in text, not only in grey.
import { useId, useState, type FormEvent } from 'react';
import type { Channel } from '../../domain/types';
import { useSettingsT } from './settingsI18n';
import { updateChannel } from '../../storage/settings/settingsCommands';
import { currentValues, draftToEdit, isDirty, parseTarget, type ChannelDraft } from './channelDraft';
import {
  problemText,
  toProblem,
  ERROR_FIELD,
  type SettingsField,
  type SettingsProblem,
} from './settingsError';
import { VisuallyHidden } from './VisuallyHidden';

type Field = SettingsField;

export function ChannelRow({ channel }: { channel: Channel }) {
  const t = useSettingsT();
  const s = t.settings.channels;
  const id = useId();
  const [draft, setDraft] = useState<ChannelDraft>({});
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const [saved, setSaved] = useState(false);

  const values = currentValues(channel, draft);
  const dirty = isDirty(channel, draft);
  const target = parseTarget(values.weeklyTarget);
  const forChannel = <VisuallyHidden>{s.for(channel.name)}</VisuallyHidden>;
  const about = <VisuallyHidden> ({channel.name})</VisuallyHidden>;

  const change = (patch: ChannelDraft) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = draftToEdit(channel, draft);
    if ('error' in result) {
      setProblem({ key: result.error });
      return;
    }
    try {
      await updateChannel(channel.id, result.edit);
      setDraft({});
      setSaved(true);
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  const toggleRetired = async () => {
    setProblem(null);
    try {
      await updateChannel(channel.id, { retired: !channel.retired });
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  const errorField = problem?.key ? ERROR_FIELD[problem.key] : null;

  /** aria props of a field: invalid and described by its error (and its hint, if any). */
  const describe = (field: Field, hintId?: string) => {
    const errorId = errorField === field ? `${id}-${field}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ');
    return {
      'aria-invalid': errorId ? true : undefined,
      'aria-describedby': describedBy || undefined,
    };
  };
  const errorText = (field: Field) =>
    problem &&
    errorField === field && (
      <p id={`${id}-${field}-error`} className="field-error">
        {problemText(t, problem)}
      </p>
    );

  return (
    <li className={channel.retired ? 'settings-row channel-row is-retired' : 'settings-row channel-row'}>
      <h3 className="channel-title">
        <span className="swatch" style={{ background: channel.color }} aria-hidden="true" />
        {channel.name}
        {channel.retired && <span className="retired-badge">{s.retired}</span>}
      </h3>
      <form className="channel-form" onSubmit={save} noValidate>
        <div className="field field-name">
          <label htmlFor={`${id}-name`}>
            {s.name}
            {forChannel}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            value={values.name}
            onChange={(e) => change({ name: e.target.value })}
            {...describe('name')}
          />
          {errorText('name')}
        </div>
        <div className="field field-color">
          <label htmlFor={`${id}-color`}>
            {s.color}
            {forChannel}
          </label>
          <input
            id={`${id}-color`}
            type="color"
            value={values.color}
            onChange={(e) => change({ color: e.target.value })}
            {...describe('color')}
          />
          {errorText('color')}
        </div>
        <div className="field field-target">
          <label htmlFor={`${id}-target`}>
            {s.target}
            {forChannel}
          </label>
          <input
            id={`${id}-target`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={values.weeklyTarget}
            onChange={(e) => change({ weeklyTarget: e.target.value })}
            {...describe('weeklyTarget', `${id}-target-hint`)}
          />
          <span id={`${id}-target-hint`} className="field-hint">
            {target === 0 ? s.noTarget : target !== null ? s.perWeek(target) : ''}
          </span>
          {errorText('weeklyTarget')}
        </div>
        <div className="field field-check">
          <input
            id={`${id}-visual`}
            type="checkbox"
            checked={values.visual}
            onChange={(e) => change({ visual: e.target.checked })}
            aria-describedby={`${id}-visual-hint`}
          />
          <label htmlFor={`${id}-visual`}>
            {s.visual}
            {forChannel}
          </label>
          <span id={`${id}-visual-hint`} className="field-hint">
            ({s.visualHint})
          </span>
        </div>
        <div className="row-actions">
          <button type="submit" className="primary">
            {s.save}
            {about}
          </button>
          <button type="button" onClick={toggleRetired}>
            {channel.retired ? s.reactivate : s.retire}
            {about}
          </button>
          <span role="status" className="row-status">
            {saved ? t.settings.saved : ''}
          </span>
          {dirty && <span className="row-dirty">{t.settings.unsaved}</span>}
        </div>
        {problem && !problem.key && (
          <p role="alert" className="form-alert">
            {problemText(t, problem)}
          </p>
        )}
      </form>
    </li>
  );
}
