// Notes of the running stand-up: saved into the draft shortly after typing stops (a reload keeps them),
// and handed to "Stand-up beenden" as shown, so the last keystrokes are never lost.
import { useEffect, useId, useRef } from 'react';
import { saveStandupNotes } from '../../storage/standup/standupCommands';
import { useStandupT } from './useStandupT';

const SAVE_DELAY_MS = 600;

interface Props {
  standupId: string;
  value: string;
  onChange: (notes: string) => void;
  onError: (error: unknown) => void;
}

export function StandupNotes({ standupId, value, onChange, onError }: Props) {
  const t = useStandupT();
  const id = useId();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <div className="standup-notes field">
      <label htmlFor={`${id}-notes`}>{t.notes}</label>
      <textarea
        id={`${id}-notes`}
        rows={4}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const notes = e.target.value;
          onChange(notes);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => {
            saveStandupNotes(standupId, notes).catch(onError);
          }, SAVE_DELAY_MS);
        }}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t.notesHint}
      </span>
    </div>
  );
}
