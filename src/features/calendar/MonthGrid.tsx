// The month view: a table of whole weeks (Monday first) with the KW number in front of each week.
// Each cell lists its first items and "+N weitere", which opens that week.
import { isoWeek } from '../../domain/calendarDays';
import type { Item } from '../../domain/types';
import { holidayOn, type Bundesland } from '../../domain/workingDays';
import { useCalendarT } from './calendarI18n';
import type { CalendarLookups } from './CalendarItem';
import { DayCell } from './DayCell';

interface Props {
  days: readonly string[];
  /** Any day of the shown month. */
  anchor: string;
  byDay: ReadonlyMap<string, Item[]>;
  lookups: CalendarLookups;
  today: string;
  land: Bundesland;
  caption: string;
}

export function MonthGrid({ days, anchor, byDay, lookups, today, land, caption }: Props) {
  const t = useCalendarT();
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const month = anchor.slice(0, 7);
  return (
    <table className="cal-month">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="cal-kw">
            {t.calendar.weekColumn}
          </th>
          {t.calendar.weekdaysShort.map((name, i) => (
            <th scope="col" key={name}>
              <abbr title={t.calendar.weekdays[i]}>{name}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            <th scope="row" className="cal-kw">
              {isoWeek(week[0]!).week}
            </th>
            {week.map((day) => (
              <td key={day}>
                <DayCell
                  day={day}
                  items={byDay.get(day) ?? []}
                  lookups={lookups}
                  today={today}
                  holiday={holidayOn(day, land)}
                  compact
                  outside={day.slice(0, 7) !== month}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
