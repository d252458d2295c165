// Pure validation of what a user typed. Messages are i18n keys, so the UI can say them in German.
import type { ItemEdit } from './types';

export type ValidationErrorKey = 'titleEmpty' | 'dateInvalid' | 'timeInvalid' | 'timeWithoutDate';
export type ValidationErrors = Partial<Record<'title' | 'publishDate' | 'publishTime', ValidationErrorKey>>;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar day written as yyyy-MM-dd (rejects 2026-02-30). */
export function isValidIsoDay(value: string): boolean {
  // Plain arithmetic rather than a date library: this check sits on the board's first download.
  if (!DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
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
