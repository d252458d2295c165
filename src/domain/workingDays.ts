// Working days for the stand-up ("next 3 working days") and holiday marks in the calendar.
// Weekends and the public holidays of the chosen Bundesland are not working days.
// feiertagejs computes the holidays per Bundesland (incl. moving feasts like Ostern); it is small
// and maintained, which beats hand-writing the Easter algorithm and 16 regional lists.
import { getHolidays } from 'feiertagejs';
import { addDays, isoWeekday } from './calendarDays';

export const BUNDESLAENDER = [
  ['BW', 'Baden-Württemberg'],
  ['BY', 'Bayern'],
  ['BE', 'Berlin'],
  ['BB', 'Brandenburg'],
  ['HB', 'Bremen'],
  ['HH', 'Hamburg'],
  ['HE', 'Hessen'],
  ['MV', 'Mecklenburg-Vorpommern'],
  ['NI', 'Niedersachsen'],
  ['NW', 'Nordrhein-Westfalen'],
  ['RP', 'Rheinland-Pfalz'],
  ['SL', 'Saarland'],
  ['SN', 'Sachsen'],
  ['ST', 'Sachsen-Anhalt'],
  ['SH', 'Schleswig-Holstein'],
  ['TH', 'Thüringen'],
] as const;

export type Bundesland = (typeof BUNDESLAENDER)[number][0];
export const DEFAULT_BUNDESLAND: Bundesland = 'HE';

export function isBundesland(value: unknown): value is Bundesland {
  return BUNDESLAENDER.some(([code]) => code === value);
}

export interface Holiday {
  /** yyyy-MM-dd */
  day: string;
  /** German name, e.g. "Ostermontag" */
  name: string;
}

// Holidays per region and year never change; the stand-up and calendar ask for them often.
const cache = new Map<string, Map<string, Holiday>>();

function holidaysOfYear(year: number, land: Bundesland): Map<string, Holiday> {
  const key = `${land}-${year}`;
  let byDay = cache.get(key);
  if (!byDay) {
    byDay = new Map();
    for (const holiday of getHolidays(year, land)) {
      // Easter and Whit Sunday are Sundays anyway; listing them keeps the calendar's marks complete.
      byDay.set(holiday.dateString, {
        day: holiday.dateString,
        name: holiday.translate('de') ?? holiday.name,
      });
    }
    cache.set(key, byDay);
  }
  return byDay;
}

/** The public holiday on `day` in `land`, or undefined. */
export function holidayOn(day: string, land: Bundesland): Holiday | undefined {
  return holidaysOfYear(Number(day.slice(0, 4)), land).get(day);
}

export function isWorkingDay(day: string, land: Bundesland): boolean {
  return isoWeekday(day) <= 5 && !holidayOn(day, land);
}

/**
 * The next `count` working days after `today` (today itself not included), e.g. seen on a Friday
 * the next 3 are Monday, Tuesday, Wednesday — unless one of them is a holiday.
 */
export function nextWorkingDays(today: string, count: number, land: Bundesland): string[] {
  const days: string[] = [];
  let day = today;
  // A bounded walk: no region has more than a handful of consecutive holidays.
  for (let guard = 0; days.length < count && guard < 366; guard++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, land)) days.push(day);
  }
  return days;
}
