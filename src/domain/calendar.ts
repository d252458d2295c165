// Pure rules of the Kalender view: which days a view shows, which items land on which day and in
// what order, what the unscheduled tray holds, and where a keyboard step moves an item.
import { addDays, addMonths, isoWeek, monthGrid, weekDays } from './calendarDays';
import type { Item } from './types';

export type CalendarMode = 'week' | 'month';

export interface CalendarRange {
  /** Every day the view shows, Monday first, whole weeks. */
  days: string[];
  from: string;
  to: string;
}

/** The days of the week or month view around `anchor` (any day in it). */
export function calendarRange(mode: CalendarMode, anchor: string): CalendarRange {
  const days = mode === 'week' ? weekDays(anchor) : monthGrid(anchor);
  return { days, from: days[0]!, to: days[days.length - 1]! };
}

/** The anchor one step back or forward: a week in the week view, a month (its 1st) in the month view. */
export function stepAnchor(mode: CalendarMode, anchor: string, direction: -1 | 1): string {
  return mode === 'week' ? addDays(anchor, 7 * direction) : addMonths(anchor, direction);
}

/** "KW 48" of a week; the ISO year can differ from the calendar year at New Year (KW 1 of 2027). */
export const weekNumber = (day: string) => isoWeek(day).week;

/** Items the calendar shows on a day: everything with that date except tombstones (archived included). */
export const shownInCalendar = (item: Item) => !item.deleted && item.publishDate !== null;

/**
 * Order within a day: timed items first in time order (the day's schedule), then items without a time
 * ("sometime that day"); urgent before the rest at the same time; then title and id, so every device
 * lists a day alike.
 */
export function compareInDay(a: Item, b: Item): number {
  if (a.publishTime !== b.publishTime) {
    if (a.publishTime === null) return 1;
    if (b.publishTime === null) return -1;
    return a.publishTime < b.publishTime ? -1 : 1;
  }
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Items grouped by the days shown (every day present, possibly empty), each day sorted by compareInDay. */
export function groupByDay(items: readonly Item[], days: readonly string[]): Map<string, Item[]> {
  const byDay = new Map<string, Item[]>(days.map((day) => [day, []]));
  for (const item of items) {
    if (!shownInCalendar(item)) continue;
    byDay.get(item.publishDate!)?.push(item);
  }
  for (const list of byDay.values()) list.sort(compareInDay);
  return byDay;
}

/**
 * The tray "Ohne Datum": items still to be planned. Published items are done, archived ones out of
 * sight and deleted ones gone, so none of those need a date any more.
 */
export const isUnscheduled = (item: Item) =>
  item.publishDate === null && !item.deleted && !item.archived && item.column !== 'veroeffentlicht';

export interface TrayPage {
  shown: Item[];
  /** Matching items beyond the ones shown. */
  more: number;
  /** All matching items. */
  total: number;
}

/**
 * Filters the tray by a case-insensitive title search and caps what is rendered: a 5,000-item board
 * may hold hundreds of undated ideas, and the tray only needs the few she is looking for.
 * Urgent first, then the newest, so a fresh crisis item is on top.
 */
export function trayPage(items: readonly Item[], query: string, limit: number): TrayPage {
  const needle = query.trim().toLocaleLowerCase('de');
  const matching = items.filter(
    (i) => isUnscheduled(i) && (needle === '' || i.title.toLocaleLowerCase('de').includes(needle)),
  );
  matching.sort(
    (a, b) => Number(b.urgent) - Number(a.urgent) || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1),
  );
  const shown = matching.slice(0, limit);
  return { shown, more: matching.length - shown.length, total: matching.length };
}

/** The edit that moves an item to `day`: the date changes, the time of day stays as it was. */
export function rescheduleEdit(item: Item, day: string): { publishDate: string } | null {
  return item.publishDate === day ? null : { publishDate: day };
}

/**
 * Where a keyboard step moves the target day: ←/→ one day, ↑/↓ one week; kept inside the shown
 * days (the drop target must be on screen). Returns the same day when the step would leave the view.
 */
export function stepDay(day: string, key: string, days: readonly string[]): string {
  const delta = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[key];
  if (delta === undefined) return day;
  const next = addDays(day, delta);
  return days.includes(next) ? next : day;
}

/** A short mark for a channel where space is tight (month view): "Instagram" → "In", "Jugend-Account" → "JA". */
export function channelAbbreviation(name: string): string {
  const words = name.split(/[\s-]+/).filter(Boolean);
  if (words.length > 1)
    return words
      .map((w) => w[0]!.toUpperCase())
      .join('')
      .slice(0, 3);
  return name.slice(0, 2);
}
