import { describe, expect, it } from 'vitest';
import { holidayOn, isBundesland, isWorkingDay, nextWorkingDays } from '../../src/domain/workingDays';

describe('working days', () => {
  it('skips the weekend: seen on a Friday the next three working days are Mon–Wed', () => {
    expect(nextWorkingDays('2026-11-27', 3, 'HE')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('skips public holidays of the chosen Bundesland', () => {
    // Fronleichnam (04.06.2026) is a holiday in Hessen but not in Berlin.
    expect(holidayOn('2026-06-04', 'HE')?.name).toBe('Fronleichnam');
    expect(isWorkingDay('2026-06-04', 'HE')).toBe(false);
    expect(isWorkingDay('2026-06-04', 'BE')).toBe(true);
    expect(nextWorkingDays('2026-06-03', 2, 'HE')).toEqual(['2026-06-05', '2026-06-08']);
  });

  it('knows Easter, which moves every year', () => {
    expect(nextWorkingDays('2026-04-02', 1, 'HE')).toEqual(['2026-04-07']); // Karfreitag … Ostermontag
    expect(holidayOn('2027-03-26', 'HE')?.name).toBe('Karfreitag');
  });

  it('walks over Christmas and New Year', () => {
    expect(nextWorkingDays('2026-12-24', 3, 'HE')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30']);
    expect(nextWorkingDays('2026-12-31', 1, 'HE')).toEqual(['2027-01-04']);
  });

  it('recognises Bundesland codes', () => {
    expect(isBundesland('HE')).toBe(true);
    expect(isBundesland('XX')).toBe(false);
    expect(isBundesland(undefined)).toBe(false);
  });
});
