import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDay, validateItemEdit } from '../../src/domain/validate';

describe('validation of what a user typed', () => {
  it('refuses an empty or blank title', () => {
    expect(validateItemEdit({ title: '   ' })).toEqual({ title: 'titleEmpty' });
    expect(validateItemEdit({ title: 'Gasleck' })).toEqual({});
  });

  it('refuses impossible dates and accepts real ones', () => {
    expect(isValidIsoDay('2026-02-30')).toBe(false);
    expect(isValidIsoDay('2026-13-01')).toBe(false);
    expect(isValidIsoDay('26.11.2026')).toBe(false);
    expect(isValidIsoDay('2028-02-29')).toBe(true);
    expect(validateItemEdit({ publishDate: '2026-02-30' })).toEqual({ publishDate: 'dateInvalid' });
  });

  it('refuses a bad time and a time without a date', () => {
    expect(validateItemEdit({ publishDate: '2026-11-25', publishTime: '24:00' })).toEqual({
      publishTime: 'timeInvalid',
    });
    expect(validateItemEdit({ publishDate: null, publishTime: '09:30' })).toEqual({
      publishTime: 'timeWithoutDate',
    });
    expect(validateItemEdit({ publishDate: '2026-11-25', publishTime: '23:30' })).toEqual({});
  });
});

describe('isoDay', () => {
  it('writes the local calendar day, zero-padded', async () => {
    const { isoDay } = await import('../../src/domain/dates');
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('a day read from its digits', () => {
  /** The rule before: split, and the month's last day from Date.UTC. */
  function byDate(value: string): boolean {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  const digits = (count: number) =>
    fc.integer({ min: 0, max: 10 ** count - 1 }).map((n) => String(n).padStart(count, '0'));

  it('accepts exactly the days the Date rule accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(digits(4), fc.integer({ min: 1890, max: 2210 }).map(String)),
        fc.oneof(digits(2), fc.constantFrom('00', '01', '02', '04', '12', '13')),
        fc.oneof(digits(2), fc.constantFrom('00', '28', '29', '30', '31', '32')),
        (y, m, d) => {
          expect(isValidIsoDay(`${y}-${m}-${d}`)).toBe(byDate(`${y}-${m}-${d}`));
        },
      ),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (value) => {
        expect(isValidIsoDay(value)).toBe(byDate(value));
      }),
    );
  });
});
