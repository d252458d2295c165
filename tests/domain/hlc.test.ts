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
