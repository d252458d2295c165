// Calendar writes: a reschedule is an edit of publishDate through the normal command (the time of day
// stays); it is confirmed in a toast and undone with Rückgängig or Ctrl+Z. Taking an item back to
// "Ohne Datum" removes its date and its time of day (a time without a date is not valid).
import { rescheduleEdit, unscheduleEdit } from '../../domain/calendar';
import { germanDate } from '../../domain/calendarDays';
import type { Item } from '../../domain/types';
import { calendarMessagesFor } from './calendarI18n';
import { useViewStore } from '../../state/viewStore';
import { updateItem } from '../../storage/items/itemCommands';
import { offerUndo } from '../../ui/offerUndo';
import { reportError } from '../../ui/reportError';
import { cardTitle } from '../board/CardBody';

/** Moves `item` to `day`; returns whether something was written. */
export async function rescheduleItem(item: Item, day: string): Promise<boolean> {
  const edit = rescheduleEdit(item, day);
  if (!edit) return false;
  try {
    await updateItem(item.id, edit);
    const t = calendarMessagesFor(useViewStore.getState().language);
    // Undo puts the old date back (null for an item that came from the tray); the time never changed.
    offerUndo(t.calendar.rescheduled(cardTitle(item), germanDate(day)), () =>
      updateItem(item.id, { publishDate: item.publishDate }),
    );
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/** Takes `item` back to "Ohne Datum" (date and time removed); undo puts both back. */
export async function unscheduleItem(item: Item): Promise<boolean> {
  const edit = unscheduleEdit(item);
  if (!edit) return false;
  try {
    await updateItem(item.id, edit);
    const t = calendarMessagesFor(useViewStore.getState().language);
    offerUndo(t.calendar.unscheduled(cardTitle(item)), () =>
      updateItem(item.id, { publishDate: item.publishDate, publishTime: item.publishTime }),
    );
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}
