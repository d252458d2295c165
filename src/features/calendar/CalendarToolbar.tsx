// Heading of the shown range ("KW 48 · 23.11.–29.11.2026" or "November 2026"), back / today / forward
// and the Woche/Monat switch.
import { stepAnchor, type CalendarMode } from '../../domain/calendar';
import { useCalendarT } from './calendarI18n';
import { useCalendarStore } from './calendarStore';

interface Props {
  mode: CalendarMode;
  anchor: string;
  title: string;
}

export function CalendarToolbar({ mode, anchor, title }: Props) {
  const t = useCalendarT();
  const c = t.calendar;
  const { setAnchor, setMode } = useCalendarStore.getState();
  return (
    <div className="cal-toolbar">
      <h2 className="cal-range-title" aria-live="polite">
        {title}
      </h2>
      <div className="cal-nav" role="group" aria-label={c.toolbarLabel}>
        <button type="button" onClick={() => setAnchor(stepAnchor(mode, anchor, -1))}>
          <span aria-hidden="true">‹ </span>
          {mode === 'week' ? c.previousWeek : c.previousMonth}
        </button>
        <button type="button" onClick={() => setAnchor(null)}>
          {c.today}
        </button>
        <button type="button" onClick={() => setAnchor(stepAnchor(mode, anchor, 1))}>
          {mode === 'week' ? c.nextWeek : c.nextMonth}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <div className="cal-mode" role="group" aria-label={c.viewLabel}>
        {(['week', 'month'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {m === 'week' ? c.week : c.month}
          </button>
        ))}
      </div>
    </div>
  );
}
