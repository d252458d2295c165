// "Datum ändern": the no-drag way to reschedule (WCAG 2.5.7). A small modal with a date input; the
// time of day is kept. Opened from any calendar or tray item. "Datum entfernen" is the keyboard way to
// put an item back to "Ohne Datum". When the new date is outside the shown days, a notice says where
// the item went (with its KW) and its "KW n anzeigen" button takes focus (CalendarNotice).
import { useState, type FormEvent } from 'react';
import { calendarRange, isShown, weekNumber } from '../../domain/calendar';
import { germanDate } from '../../domain/calendarDays';
import { isValidIsoDay } from '../../domain/validate';
import { useCalendarT } from './calendarI18n';
import { ModalDialog } from '../../ui/ModalDialog';
import { cardTitle } from '../board/CardBody';
import { rescheduleItem, unscheduleItem } from './calendarActions';
import { useCalendarStore } from './calendarStore';

/** How long the moved item may take to show up in the tray before its heading takes focus. */
const FOCUS_FALLBACK_MS = 1200;

export function DateDialog({ today }: { today: string }) {
  const item = useCalendarStore((s) => s.dateDialogFor);
  if (!item) return null;
  return <DateForm key={item.id} today={today} />;
}

function DateForm({ today }: { today: string }) {
  const t = useCalendarT();
  const item = useCalendarStore((s) => s.dateDialogFor)!;
  const [value, setValue] = useState(item.publishDate ?? today);
  const [error, setError] = useState(false);
  const title = cardTitle(item);
  const close = () => useCalendarStore.getState().openDateDialog(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidIsoDay(value)) return setError(true);
    close();
    const moved = await rescheduleItem(item, value);
    const store = useCalendarStore.getState();
    const range = calendarRange(store.mode, store.anchor ?? today);
    if (moved && !isShown(range, value)) {
      const text = t.calendar.movedElsewhere(title, germanDate(value), weekNumber(value));
      store.setNotice({ text, day: value });
      return;
    }
    store.requestFocus({ id: item.id, day: moved ? value : (item.publishDate ?? ''), part: 'date' });
  };

  const removeDate = async () => {
    close();
    if (!(await unscheduleItem(item))) return;
    // Focus follows the item into the tray; if the tray does not list it (a search, the cap, a
    // published item), the tray's heading takes it rather than the page.
    useCalendarStore.getState().requestFocus({ id: item.id, day: '', part: 'date' });
    window.setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body) document.getElementById('cal-tray-heading')?.focus();
    }, FOCUS_FALLBACK_MS);
  };

  return (
    <ModalDialog labelledBy="cal-date-heading" onCloseRequest={close} className="cal-date-dialog">
      <form onSubmit={submit} noValidate>
        <h2 id="cal-date-heading">{t.calendar.changeDateHeading(title)}</h2>
        <label className="cal-date-field">
          <span>{t.calendar.newDate}</span>
          <input
            type="date"
            data-autofocus
            value={value}
            required
            aria-invalid={error || undefined}
            aria-describedby={error ? 'cal-date-error' : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setError(false);
            }}
          />
        </label>
        {error && (
          <p id="cal-date-error" className="field-error" role="alert">
            {t.calendar.dateRequired}
          </p>
        )}
        {item.publishTime && <p>{t.calendar.keepsTime(item.publishTime)}</p>}
        {item.publishDate && (
          <p className="cal-hint">{t.calendar.currentDate(germanDate(item.publishDate))}</p>
        )}
        <div className="cal-date-actions">
          <button type="submit" className="primary">
            {t.calendar.apply}
          </button>
          {item.publishDate && (
            <button type="button" onClick={() => void removeDate()} aria-describedby="cal-remove-hint">
              {t.calendar.removeDate}
            </button>
          )}
          <button type="button" onClick={close}>
            {t.actions.cancel}
          </button>
        </div>
        {item.publishDate && (
          <p id="cal-remove-hint" className="cal-hint">
            {t.calendar.removeDateHint}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
