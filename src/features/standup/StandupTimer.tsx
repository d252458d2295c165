// The visible 15:00 countdown. The ticking text is role="timer" with aria-live off (a screen reader
// reading every second would drown the meeting); a polite status says only "5 minutes left" and
// "time is up". Overtime is written out ("+02:13 überzogen"), not only coloured.
import { useEffect, useState } from 'react';
import { countdown, elapsedMs, type StandupDraft } from '../../domain/standupSession';
import { pauseStandup, resumeStandup } from '../../storage/standup/standupCommands';
import { useStandupT } from './useStandupT';

export function StandupTimer({ draft, onError }: { draft: StandupDraft; onError: (error: unknown) => void }) {
  const t = useStandupT();
  const [now, setNow] = useState(() => Date.now());
  const paused = draft.runningSince === null;
  useEffect(() => {
    if (paused) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [paused]);
  const shown = countdown(elapsedMs(draft, now));
  const status = shown.phase === 'lastFive' ? t.lastFive : shown.phase === 'overtime' ? t.timeUp : '';
  const toggle = () => (paused ? resumeStandup(draft.id) : pauseStandup(draft.id)).catch(onError);
  return (
    <div className="standup-timer">
      <span
        role="timer"
        aria-live="off"
        aria-label={t.timerLabel}
        className={shown.overtime ? 'timer timer-overtime' : 'timer'}
      >
        {shown.overtime ? t.overtime(shown.text) : shown.text}
      </span>
      {paused && <span className="timer-paused">({t.paused})</span>}
      <button type="button" onClick={() => void toggle()}>
        {paused ? t.continue : t.pause}
      </button>
      <p role="status" className="timer-status">
        {status}
      </p>
    </div>
  );
}
