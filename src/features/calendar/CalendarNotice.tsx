// Says where an item went when "Datum ändern" took it out of the shown days ("… auf 03.12.2026
// verschoben (KW 49)"), with a button to show that week. The item is not on screen, so focus comes to
// that button, which is described by the text (the undo toast announces the move itself; a second live
// region would say it twice).
import { useEffect, useRef } from 'react';
import { weekNumber } from '../../domain/calendar';
import { useCalendarT } from './calendarI18n';
import { useCalendarStore } from './calendarStore';

export function CalendarNotice() {
  const t = useCalendarT();
  const notice = useCalendarStore((s) => s.notice);
  const goTo = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (notice) goTo.current?.focus();
  }, [notice]);
  // A notice belongs to the visit: leaving the calendar drops it.
  useEffect(() => () => useCalendarStore.getState().setNotice(null), []);

  if (!notice) return null;
  const show = () => {
    const store = useCalendarStore.getState();
    store.setMode('week');
    store.setAnchor(notice.day);
  };
  return (
    <div className="cal-notice">
      <span id="cal-notice-text">{notice.text}</span>
      <button type="button" ref={goTo} aria-describedby="cal-notice-text" onClick={show}>
        {t.calendar.goToWeek(weekNumber(notice.day))}
      </button>
      <button
        type="button"
        aria-label={t.calendar.dismiss}
        onClick={() => useCalendarStore.getState().setNotice(null)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
