// The visible list of the agenda's keys ("?" or the button toggles it).
import { useId } from 'react';
import { useStandupT } from './useStandupT';

export function ShortcutList({
  open,
  onToggle,
  running,
}: {
  open: boolean;
  onToggle: () => void;
  running: boolean;
}) {
  const t = useStandupT().shortcuts;
  const id = useId();
  return (
    <div className="shortcuts">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={onToggle}
        aria-keyshortcuts="?"
      >
        {t.toggle} <kbd aria-hidden="true">?</kbd>
      </button>
      <div id={`${id}-list`} hidden={!open} className="shortcut-panel">
        <h2 className="shortcut-heading">{t.heading}</h2>
        <dl>
          {t.list.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        {!running && <p>{t.onlyRunning}</p>}
      </div>
    </div>
  );
}
