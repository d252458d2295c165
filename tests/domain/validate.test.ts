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
