import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  germanDate,
  isoWeek,
  isoWeekday,
  monthGrid,
  shortGermanDate,
  weekDays,
  weekStart,
} from '../../src/domain/calendarDays';

describe('calendar days', () => {
  it('adds days across month, year and daylight-saving boundaries without skipping a date', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // DST starts in Europe/Berlin on 29.03.2026
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26'); // DST ends 25.10.2026
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('knows weekdays and Monday-first weeks', () => {
    expect(isoWeekday('2026-11-25')).toBe(3); // Wednesday
    expect(isoWeekday('2026-11-29')).toBe(7); // Sunday
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekDays('2026-11-25')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('numbers ISO weeks (KW) including the weeks that straddle a new year', () => {
    expect(isoWeek('2026-11-25')).toEqual({ year: 2026, week: 48 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 }); // a Thursday
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 }); // a Friday: still last year's week
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 }); // a Monday in next year's week 1
  });

  it('builds month grids of whole Monday-first weeks', () => {
    const grid = monthGrid('2026-11-25');
    expect(grid[0]).toBe('2026-10-26');
    expect(grid.at(-1)).toBe('2026-12-06');
    expect(grid.length % 7).toBe(0);
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01');
  });

  it('formats German dates', () => {
    expect(shortGermanDate('2026-03-05')).toBe('05.03.');
    expect(germanDate('2026-03-05')).toBe('05.03.2026');
  });
});
