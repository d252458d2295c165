// Arithmetic on calendar days written as yyyy-MM-dd (the publish-date format of items).
// Done in UTC on purpose: a day is a day, so the switch to or from daylight-saving time in
// Europe/Berlin can never turn "tomorrow" into "today 23:00" or skip a date.

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01 for a yyyy-MM-dd string. */
const parts = (day: string) =>
  [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))] as const;

function dayNumber(day: string): number {
  const [y, m, d] = parts(day);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromDayNumber(n: number): string {
  const date = new Date(n * DAY_MS);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week containing `day` (German weeks start on Monday). */
export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The seven days Monday … Sunday of the week containing `day`. */
export function weekDays(day: string): string[] {
  const monday = weekStart(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** ISO 8601 week number ("KW"): the week with the year's first Thursday is week 1. */
export function isoWeek(day: string): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** First day of the month containing `day`. */
export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** First day of the month `months` after (or before) the month containing `day`. */
export function addMonths(day: string, months: number): string {
  const [y, m] = parts(day);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/**
 * The days a month view shows: whole weeks (Monday first) from the week of the 1st to the week of
 * the last day, so every row has seven cells.
 */
export function monthGrid(day: string): string[] {
  const first = monthStart(day);
  const last = addDays(addMonths(day, 1), -1);
  const start = weekStart(first);
  const end = addDays(weekStart(last), 6);
  return Array.from({ length: daysBetween(start, end) + 1 }, (_, i) => addDays(start, i));
}

/** dd.MM. as the German calendar headers show it. */
export function shortGermanDate(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.`;
}

/** dd.MM.yyyy */
export function germanDate(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}
