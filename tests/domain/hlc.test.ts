import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createHlc,
  formatHlc,
  laterStamp,
  MAX_DRIFT_MS,
  parseHlc,
  receiveHlc,
  tickHlc,
} from '../../src/domain/hlc';

const T = Date.parse('2026-11-25T08:00:00.000Z');

describe('hybrid logical clock', () => {
  it('formats stamps that round-trip and sort as plain strings in time order', () => {
    const a = tickHlc(createHlc('aaaa'), T);
    const b = tickHlc(a.state, T + 1);
    expect(parseHlc(a.stamp)).toEqual(a.state);
    expect(a.stamp < b.stamp).toBe(true);
    expect(a.stamp).toBe('2026-11-25T08:00:00.000Z-0000-aaaa');
  });

  it('keeps stamps increasing when the wall clock stands still or goes backwards', () => {
    let state = createHlc('dev1');
    const stamps: string[] = [];
    for (const now of [T, T, T, T - 5000, T - 1]) {
      const next = tickHlc(state, now);
      state = next.state;
      stamps.push(next.stamp);
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('moves past a remote stamp, so the next local edit beats it', () => {
    const remote = formatHlc({ millis: T + 60_000, counter: 7, node: 'other' });
    const local = receiveHlc(createHlc('mine'), remote, T);
    const next = tickHlc(local, T);
    expect(next.stamp > remote).toBe(true);
  });

  it('clamps a remote clock far in the future instead of following it', () => {
    const farFuture = formatHlc({ millis: T + 365 * 86_400_000, counter: 0, node: 'skewed' });
    const local = receiveHlc(createHlc('mine'), farFuture, T);
    expect(local.millis).toBe(T + MAX_DRIFT_MS);
  });

  it('ignores malformed stamps', () => {
    const state = createHlc('mine', T);
    expect(receiveHlc(state, 'not a stamp', T)).toEqual(state);
    expect(parseHlc('<script>')).toBeNull();
  });

  it('laterStamp treats a missing stamp as never written', () => {
    expect(laterStamp(undefined, 'b')).toBe('b');
    expect(laterStamp('a', undefined)).toBe('a');
    expect(laterStamp('a', 'b')).toBe('b');
  });
});

describe('stamps whose time does not exist', () => {
  it('are not read as a time, even where Date.parse would roll them over', () => {
    expect(parseHlc('2026-99-99T99:99:99.999Z-FFFF-zzzz')).toBeNull();
    expect(parseHlc('2026-02-30T08:00:00.000Z-0000-aaaa')).toBeNull();
    expect(parseHlc('2026-11-25T24:00:00.000Z-0000-aaaa')).toBeNull();
    expect(parseHlc('2028-02-29T08:00:00.000Z-0000-aaaa')?.millis).toBe(
      Date.parse('2028-02-29T08:00:00.000Z'),
    );
  });
});

describe('a stamp read from its digits', () => {
  /** The rule the digits are read by: Date.parse reads the time and toISOString writes it back. */
  function roundTrip(stamp: string): { millis: number; counter: number; node: string } | null {
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-(.+)$/.exec(stamp);
    if (!match) return null;
    const millis = Date.parse(match[1]!);
    if (Number.isNaN(millis) || new Date(millis).toISOString() !== match[1]) return null;
    return { millis, counter: parseInt(match[2]!, 16), node: match[3]! };
  }
  const digits = (count: number) =>
    fc.integer({ min: 0, max: 10 ** count - 1 }).map((n) => String(n).padStart(count, '0'));
  /** Every field of the shape with any digits: most out of range, many at the edges of a month. */
  const shapedStamp = fc
    .tuple(
      fc.oneof(digits(4), fc.constantFrom('0000', '0004', '0100', '1900', '2000', '2024', '2100', '9999')),
      fc.oneof(digits(2), fc.constantFrom('00', '01', '02', '12', '13')),
      fc.oneof(digits(2), fc.constantFrom('00', '28', '29', '30', '31', '32')),
      fc.oneof(digits(2), fc.constantFrom('00', '23', '24')),
      fc.oneof(digits(2), fc.constantFrom('00', '59', '60')),
      fc.oneof(digits(2), fc.constantFrom('00', '59', '60')),
      digits(3),
      fc.stringMatching(/^[0-9A-F]{4}$/),
      fc.string({ minLength: 1, maxLength: 20 }),
    )
    .map(
      ([y, mo, d, h, mi, s, ms, counter, node]) =>
        `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z-${counter}-${node}`,
    );

  it('accepts and reads a stamp exactly as the Date round-trip does', () => {
    fc.assert(
      fc.property(shapedStamp, (stamp) => {
        expect(parseHlc(stamp)).toEqual(roundTrip(stamp));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every instant of years 0000–9999 as the Date round-trip does', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('0000-01-01T00:00:00.000Z'),
          max: Date.parse('9999-12-31T23:59:59.999Z'),
        }),
        (millis) => {
          const stamp = formatHlc({ millis, counter: 7, node: 'dev' });
          expect(parseHlc(stamp)).toEqual(roundTrip(stamp));
          expect(parseHlc(stamp)?.millis).toBe(millis);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses anything not of the shape, as the Date round-trip does', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (stamp) => {
        expect(parseHlc(stamp)).toEqual(roundTrip(stamp));
      }),
    );
    for (const stamp of [
      '2026-02-29T00:00:00.000Z-0000-',
      '2026-02-28T00:00:00.000Z-00a0-x',
      '2026-02-28T00:00:00.000Z-0000-a\nb',
    ])
      expect(parseHlc(stamp)).toEqual(roundTrip(stamp));
  });
});
