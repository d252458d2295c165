import { describe, expect, it } from 'vitest';
import {
  addDecision,
  countdown,
  elapsedMs,
  endAbandoned,
  finishDraft,
  isAbandoned,
  mergeEndedRecords,
  newDraft,
  pauseDraft,
  resumeDraft,
  setNotes,
} from '../../src/domain/standupSession';
import type { StandupDecision } from '../../src/domain/types';

const T0 = Date.parse('2026-11-25T08:00:00Z');
const min = (n: number) => n * 60_000;
const decision = (itemId: string, at: number): StandupDecision => ({
  itemId,
  itemTitle: itemId,
  kind: 'rescheduled',
  detail: 'auf 26.11.2026 verschoben',
  at,
});

describe('stand-up timer', () => {
  it('counts down from 15:00 and excludes pauses', () => {
    let draft = newDraft('s1', '2026-11-25', T0);
    expect(countdown(elapsedMs(draft, T0)).text).toBe('15:00');
    draft = pauseDraft(draft, T0 + min(4));
    expect(elapsedMs(draft, T0 + min(30))).toBe(min(4));
    draft = resumeDraft(draft, T0 + min(30));
    expect(countdown(elapsedMs(draft, T0 + min(31) + 500)).text).toBe('10:00');
  });

  it('announces the last five minutes and shows overtime as text with a plus', () => {
    expect(countdown(min(9)).phase).toBe('running');
    expect(countdown(min(10)).phase).toBe('lastFive');
    expect(countdown(min(15))).toEqual({ text: '00:00', overtime: false, phase: 'lastFive' });
    expect(countdown(min(17) + 13_000 + 900)).toEqual({ text: '+02:13', overtime: true, phase: 'overtime' });
  });
});

describe('ending a stand-up', () => {
  it('a record keeps start, run time, notes and decisions', () => {
    let draft = newDraft('s1', '2026-11-25', T0);
    draft = addDecision(draft, decision('a', T0 + 1000), T0 + 1000);
    draft = setNotes(draft, 'Gasleck: Lage um 12 Uhr neu bewerten', T0 + 2000);
    const record = finishDraft(draft, T0 + min(12), 'clock');
    expect(record).toMatchObject({
      id: 's1',
      day: '2026-11-25',
      startedAt: T0,
      endedAt: T0 + min(12),
      durationMs: min(12),
      notes: 'Gasleck: Lage um 12 Uhr neu bewerten',
    });
    expect(record.decisions).toHaveLength(1);
  });

  it('a stand-up left running overnight ends as of its last activity, marked as such', () => {
    let draft = newDraft('s1', '2026-11-25', T0);
    draft = addDecision(draft, decision('a', T0 + min(6)), T0 + min(6));
    expect(isAbandoned(draft, '2026-11-25')).toBe(false);
    expect(isAbandoned(draft, '2026-11-26')).toBe(true);
    const record = endAbandoned(draft, 'clock');
    expect(record).toMatchObject({ endedAt: T0 + min(6), durationMs: min(6), endedAutomatically: true });
    expect(record.decisions).toHaveLength(1);
  });

  it('two tabs ending the same stand-up keep both tabs’ decisions and notes, in either order', () => {
    const base = newDraft('s1', '2026-11-25', T0);
    const a = finishDraft(
      setNotes(addDecision(base, decision('a', T0 + 1000), T0 + 1000), 'Notiz A', T0),
      T0 + min(10),
      'c1',
    );
    const b = finishDraft(
      setNotes(addDecision(base, decision('b', T0 + 2000), T0 + 2000), 'Notiz B', T0),
      T0 + min(11),
      'c2',
    );
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const merged = mergeEndedRecords(first, second);
      expect(merged.decisions.map((d) => d.itemId)).toEqual(['a', 'b']);
      expect(merged.notes).toContain('Notiz A');
      expect(merged.notes).toContain('Notiz B');
      expect(merged.endedAt).toBe(T0 + min(11));
    }
    // The same decision seen by both tabs is kept once; identical notes are not doubled.
    const same = mergeEndedRecords(a, { ...a, clock: 'c3' });
    expect(same.decisions).toHaveLength(1);
    expect(same.notes).toBe('Notiz A');
  });
});
