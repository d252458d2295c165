// The tray "Ohne Datum": open items without a publish date, to be dragged onto a day (or given a
// date with "Datum ändern"); a dated item dropped here loses its date. Read after the week has painted, filtered by title and capped, so a
// board with hundreds of undated ideas stays fast.
import { useDroppable } from '@dnd-kit/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { trayPage } from '../../domain/calendar';
import { useCalendarT } from './calendarI18n';
import { useUnscheduledItems } from '../../storage/items/calendarQueries';
import { CalendarItem, type CalendarLookups } from './CalendarItem';
import { TRAY_DROP_ID } from './CalendarDnd';
import { useCalendarStore } from './calendarStore';

/** Tray items rendered at most; the search narrows the rest. */
export const TRAY_LIMIT = 50;

interface Props {
  lookups: CalendarLookups;
  /** The week (or month) is on screen: only then is the tray read. */
  afterView: boolean;
}

export function UnscheduledTray({ lookups, afterView }: Props) {
  const t = useCalendarT();
  // The week is what she came for; the tray (thousands of rows on a big board) is read once the week
  // has painted, so its read does not queue in front of the week's.
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    if (!afterView || enabled) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setEnabled(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [afterView, enabled]);
  const items = useUnscheduledItems(enabled);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const page = useMemo(() => trayPage(items ?? [], deferredQuery, TRAY_LIMIT), [items, deferredQuery]);
  const { setNodeRef } = useDroppable({ id: TRAY_DROP_ID });
  // Highlighted as a target only for a dated item (an undated one is already here).
  const isOver = useCalendarStore((s) => s.dropOnTray);

  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'cal-tray cal-over' : 'cal-tray'}
      aria-labelledby="cal-tray-heading"
      aria-busy={items === undefined}
    >
      <h2 id="cal-tray-heading" tabIndex={-1}>
        {t.calendar.tray.heading}
        {items !== undefined && (
          <span className="cal-tray-count"> ({t.calendar.tray.count(page.total)})</span>
        )}
      </h2>
      <p className="cal-hint">{t.calendar.tray.hint}</p>
      <label className="cal-tray-search">
        <span>{t.calendar.tray.search}</span>
        <input
          type="search"
          value={query}
          placeholder={t.calendar.tray.placeholder}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {items === undefined ? (
        <p>{t.loading}</p>
      ) : page.total === 0 ? (
        <p className="cal-empty">{query.trim() ? t.calendar.tray.noMatch : t.calendar.tray.empty}</p>
      ) : (
        <ul className="cal-tray-items" aria-labelledby="cal-tray-heading">
          {page.shown.map((item) => (
            <CalendarItem key={item.id} item={item} lookups={lookups} />
          ))}
        </ul>
      )}
      {page.more > 0 && <p className="cal-tray-more">{t.calendar.tray.more(page.more)}</p>}
    </section>
  );
}
