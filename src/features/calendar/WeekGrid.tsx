// The week view: seven day columns, Monday first.
import type { Item } from '../../domain/types';
import { holidayOn, type Bundesland } from '../../domain/workingDays';
import type { CalendarLookups } from './CalendarItem';
import { DayCell } from './DayCell';

interface Props {
  days: readonly string[];
  byDay: ReadonlyMap<string, Item[]>;
  lookups: CalendarLookups;
  today: string;
  land: Bundesland;
}

export function WeekGrid({ days, byDay, lookups, today, land }: Props) {
  return (
    <div className="cal-week">
      {days.map((day) => (
        <DayCell
          key={day}
          day={day}
          items={byDay.get(day) ?? []}
          lookups={lookups}
          today={today}
          holiday={holidayOn(day, land)}
        />
      ))}
    </div>
  );
}
