// Planned vs weekly target per channel for the shown week ("Instagram 4 / 7 · fehlen 3"). A gap is
// said in words, not only by colour; a target of 0 reads "kein Ziel".
import type { ChannelCadence } from '../../domain/cadence';
import { useCalendarT } from './calendarI18n';

interface Props {
  week: number;
  rows: readonly ChannelCadence[];
}

export function CadenceRow({ week, rows }: Props) {
  const t = useCalendarT();
  const c = t.calendar.cadence;
  return (
    <section className="cal-cadence" aria-labelledby="cal-cadence-heading">
      <h2 id="cal-cadence-heading">{c.heading(week)}</h2>
      {rows.length === 0 ? (
        <p>{c.none}</p>
      ) : (
        <ul className="cal-cadence-list">
          {rows.map(({ channel, planned, target, missing }) => (
            <li key={channel.id} className={missing > 0 ? 'cal-cadence-item cal-gap' : 'cal-cadence-item'}>
              <span className="channel-swatch" style={{ background: channel.color }} aria-hidden="true" />
              <span className="cal-cadence-name">
                {channel.name}
                {channel.retired ? ` ${c.retired}` : ''}
              </span>{' '}
              {target > 0 ? (
                <>
                  <strong className="cal-cadence-count">{c.planned(planned, target)}</strong>{' '}
                  <span className="cal-cadence-note">{missing > 0 ? c.missing(missing) : c.reached}</span>
                </>
              ) : (
                <>
                  <strong className="cal-cadence-count">{c.plannedNoTarget(planned)}</strong>{' '}
                  <span className="cal-cadence-note">{c.noTarget}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
