// Pure validation of what a user typed. Messages are i18n keys, so the UI can say them in German.
import type { ItemEdit } from './types';

export type ValidationErrorKey = 'titleEmpty' | 'dateInvalid' | 'timeInvalid' | 'timeWithoutDate';
export type ValidationErrors = Partial<Record<'title' | 'publishDate' | 'publishTime', ValidationErrorKey>>;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** A real calendar day written as yyyy-MM-dd (rejects 2026-02-30). */
export function isValidIsoDay(value: string): boolean {
  // Plain arithmetic on the digits rather than a date library or a Date per call: this check sits on
  // the board's first download and runs for every day of an imported board file.
  if (!DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isValidTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

export function validateItemEdit(edit: ItemEdit): ValidationErrors {
  const errors: ValidationErrors = {};
  if (edit.title !== undefined && edit.title.trim() === '') errors.title = 'titleEmpty';
  if (edit.publishDate != null && !isValidIsoDay(edit.publishDate)) errors.publishDate = 'dateInvalid';
  if (edit.publishTime != null) {
    if (!isValidTime(edit.publishTime)) errors.publishTime = 'timeInvalid';
    else if (edit.publishDate === null) errors.publishTime = 'timeWithoutDate';
  }
  return errors;
}

export function hasErrors(errors: ValidationErrors): boolean {
  return Object.keys(errors).length > 0;
}
