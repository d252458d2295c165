// Saved stand-ups, newest first: date, start, duration, notes and decisions. Read-only.
import { useId } from 'react';
import { germanDate } from '../../domain/calendarDays';
import type { StandupRecord } from '../../domain/types';
import { clockTime } from './clockTime';
import { useStandupT } from './useStandupT';

export function PastStandups({ records }: { records: readonly StandupRecord[] }) {
  const t = useStandupT();
  const id = useId();
  return (
    <section className="standup-past" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.past.heading}</h2>
      {records.length === 0 ? (
        <p>{t.past.empty}</p>
      ) : (
        <ul className="past-list">
          {records.map((r) => (
            <li key={r.id}>
              <details>
                <summary>
                  {t.past.summary(germanDate(r.day), clockTime(r.startedAt), t.duration(r.durationMs))}
                  {r.endedAutomatically && <span className="past-auto"> – {t.past.auto}</span>}
                </summary>
                <h3>{t.past.notes}</h3>
                <p className="past-notes">{r.notes.trim() === '' ? t.past.noNotes : r.notes}</p>
                <h3>{t.past.decisions}</h3>
                {r.decisions.length === 0 ? (
                  <p>{t.past.noDecisions}</p>
                ) : (
                  <ul>
                    {r.decisions.map((d) => (
                      <li key={`${d.at}-${d.itemId}-${d.kind}`}>
                        {clockTime(d.at)} – „{d.itemTitle}“: {d.detail}
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
