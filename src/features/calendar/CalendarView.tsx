// Kalender: the week (default) or month of planned publications, read live for the shown days only
// through the publishDate index; the channel cadence of the shown week; the tray of undated items.
// Lazy-loaded (route #/kalender). Assumptions: a publish date is a local calendar day in the office's
// time zone (Europe/Berlin), so days are compared as yyyy-MM-dd strings and never shift; an item dated
// years away is simply outside the shown range until she navigates there.
import { useMemo, useState } from 'react';
import { weeklyCadence } from '../../domain/cadence';
import { calendarRange, groupByDay, weekNumber } from '../../domain/calendar';
import { germanDate, isoWeek, shortGermanDate } from '../../domain/calendarDays';
import { isoDay } from '../../domain/dates';
import { useCalendarT } from './calendarI18n';
import { useItemsInRange } from '../../storage/items/calendarQueries';
import { useChannels } from '../../storage/settings/settingsQueries';
import { useBundesland } from '../../storage/settings/regionSettings';
import { CadenceRow } from './CadenceRow';
import { CalendarDnd } from './CalendarDnd';
import type { CalendarLookups } from './CalendarItem';
import { CalendarNotice } from './CalendarNotice';
import { CalendarToolbar } from './CalendarToolbar';
import { useCalendarStore } from './calendarStore';
import { DateDialog } from './DateDialog';
import { MonthGrid } from './MonthGrid';
import { UnscheduledTray } from './UnscheduledTray';
import { WeekGrid } from './WeekGrid';
import './calendar.css';

export default function CalendarView() {
  const t = useCalendarT();
  // "Today" is the day the view was opened; a reload the next morning moves it.
  const [today] = useState(() => isoDay(new Date()));
  const mode = useCalendarStore((s) => s.mode);
  const anchor = useCalendarStore((s) => s.anchor) ?? today;
  const range = useMemo(() => calendarRange(mode, anchor), [mode, anchor]);
  const items = useItemsInRange(range.from, range.to);
  const channels = useChannels();
  const land = useBundesland();

  const byDay = useMemo(() => groupByDay(items ?? [], range.days), [items, range.days]);
  const lookups = useMemo<CalendarLookups>(
    () => ({ channelsById: new Map((channels ?? []).map((c) => [c.id, c])) }),
    [channels],
  );
  const cadence = useMemo(
    () => (mode === 'week' ? weeklyCadence(items ?? [], channels ?? [], range.from) : []),
    [mode, items, channels, range.from],
  );

  const title =
    mode === 'week'
      ? t.calendar.weekTitle(weekNumber(range.from), shortGermanDate(range.from), germanDate(range.to))
      : t.calendar.monthTitle(t.calendar.months[Number(anchor.slice(5, 7)) - 1]!, anchor.slice(0, 4));

  return (
    <div className="calendar-view">
      <h1 className="visually-hidden">{t.calendar.heading}</h1>
      <CalendarToolbar mode={mode} anchor={anchor} title={title} />
      <CalendarNotice />
      <CalendarDnd days={range.days} today={today}>
        <div className="cal-layout">
          {/* Rendered once items and channels are both read: channels arriving later would re-render every item. */}
          <div className="cal-main" aria-busy={items === undefined || channels === undefined}>
            {mode === 'week' && items !== undefined && channels !== undefined && (
              <CadenceRow week={isoWeek(range.from).week} rows={cadence} />
            )}
            {items === undefined || channels === undefined ? (
              <p>{t.loading}</p>
            ) : mode === 'week' ? (
              <WeekGrid days={range.days} byDay={byDay} lookups={lookups} today={today} land={land} />
            ) : (
              <MonthGrid
                days={range.days}
                anchor={anchor}
                byDay={byDay}
                lookups={lookups}
                today={today}
                land={land}
                caption={title}
              />
            )}
          </div>
          <UnscheduledTray lookups={lookups} afterView={items !== undefined && channels !== undefined} />
        </div>
      </CalendarDnd>
      <DateDialog today={today} />
    </div>
  );
}
