// One day of the week or month view: a drop target named by its weekday and date, marked as today
// (text) and with its public holiday (name), and a list of that day's items.
import { useDroppable } from '@dnd-kit/core';
import { memo, useCallback, useState } from 'react';
import { germanDate, isoWeekday, shortGermanDate } from '../../domain/calendarDays';
import type { Item } from '../../domain/types';
import type { Holiday } from '../../domain/workingDays';
import { useCalendarT } from './calendarI18n';
import { CalendarItem, type CalendarLookups } from './CalendarItem';
import { dayDroppableId } from './CalendarDnd';
import { useCalendarStore } from './calendarStore';
import { dayElements } from './dayRegistry';

/** Items a month cell lists before "+N weitere" (which opens that week). */
export const MONTH_CELL_ITEMS = 3;
/**
 * Items a week day lists before "+N weitere" (which shows the rest of that day). More than a screen
 * of items in one day is unreadable anyway, and a busy week on a big board stays quick to open.
 */
export const WEEK_DAY_ITEMS = 10;

interface Props {
  day: string;
  items: readonly Item[];
  lookups: CalendarLookups;
  today: string;
  holiday: Holiday | undefined;
  compact?: boolean;
  /** Month view: a day of the neighbouring month, shown to fill the week. */
  outside?: boolean;
}

export const DayCell = memo(function DayCell({
  day,
  items,
  lookups,
  today,
  holiday,
  compact = false,
  outside = false,
}: Props) {
  const t = useCalendarT();
  const { setNodeRef } = useDroppable({ id: dayDroppableId(day) });
  const isOver = useCalendarStore((s) => s.active !== null && s.overDay === day);
  const ref = useCallback(
    (node: HTMLElement | null) => {
      setNodeRef(node);
      if (node) dayElements.set(day, node);
      else dayElements.delete(day);
    },
    [setNodeRef, day],
  );
  const weekday = t.calendar.weekdays[isoWeekday(day) - 1]!;
  const headingId = `cal-day-${day}`;
  const [expanded, setExpanded] = useState(false);
  const shownItems = compact
    ? items.slice(0, MONTH_CELL_ITEMS)
    : expanded
      ? items
      : items.slice(0, WEEK_DAY_ITEMS);
  const hidden = items.length - shownItems.length;
  const isToday = day === today;
  const className = [
    'cal-day',
    isToday && 'cal-today',
    holiday && 'cal-holiday',
    isoWeekday(day) >= 6 && 'cal-weekend',
    outside && 'cal-outside',
    isOver && 'cal-over',
  ]
    .filter(Boolean)
    .join(' ');

  const showMore = () => {
    if (!compact) return setExpanded(true);
    useCalendarStore.getState().setMode('week');
    useCalendarStore.getState().setAnchor(day);
  };

  return (
    <div ref={ref} className={className} role="group" aria-labelledby={headingId}>
      <div className="cal-day-head">
        <h3 className="cal-day-heading" id={headingId}>
          {compact ? (
            <>
              <span className="visually-hidden">{weekday}, </span>
              {shortGermanDate(day)}
            </>
          ) : (
            <>
              <span className="cal-weekday">{weekday}</span> {shortGermanDate(day)}
            </>
          )}
          {isToday && <span className="cal-today-mark"> {t.calendar.todayMark}</span>}
        </h3>
        {holiday && <span className="cal-holiday-name">{t.calendar.holiday(holiday.name)}</span>}
      </div>
      {items.length === 0 ? (
        !compact && <p className="cal-empty">{t.calendar.nothingPlanned}</p>
      ) : (
        <ul className="cal-day-items" aria-label={t.calendar.dayItems(germanDate(day))}>
          {shownItems.map((item) => (
            <CalendarItem key={item.id} item={item} lookups={lookups} compact={compact} />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button
          type="button"
          className="cal-more"
          aria-label={(compact ? t.calendar.moreLabel : t.calendar.moreInDay)(hidden, germanDate(day))}
          onClick={showMore}
        >
          {t.calendar.more(hidden)}
        </button>
      )}
    </div>
  );
});
