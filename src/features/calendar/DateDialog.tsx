// "Datum ändern": the no-drag way to reschedule (WCAG 2.5.7). A small modal with a date input; the
// time of day is kept. Opened from any calendar or tray item.
import { useState, type FormEvent } from 'react';
import { germanDate } from '../../domain/calendarDays';
import { isValidIsoDay } from '../../domain/validate';
import { useCalendarT } from './calendarI18n';
import { ModalDialog } from '../../ui/ModalDialog';
import { cardTitle } from '../board/CardBody';
import { rescheduleItem } from './calendarActions';
import { useCalendarStore } from './calendarStore';

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
    useCalendarStore
      .getState()
      .requestFocus({ id: item.id, day: moved ? value : (item.publishDate ?? ''), part: 'date' });
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
          <button type="button" onClick={close}>
            {t.actions.cancel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
