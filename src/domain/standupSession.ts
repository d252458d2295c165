// A running stand-up (the draft) and how it becomes a saved record. Pure: time is a parameter.
//
// The draft lives in the database (storage/standup/standupCommands.ts), not only in the view, so a reload
// keeps the start time, the run time and every decision. Run time is kept as "accumulated before the
// current stretch" + "running since", so pausing costs one write and a ticking display needs no writes.
import type { StandupDecision, StandupRecord } from './types';

/** The daily stand-up is 15 minutes. */
export const STANDUP_MS = 15 * 60_000;
/** "Noch 5 Minuten" is announced once at this point. */
export const WARNING_MS = 5 * 60_000;

export interface StandupDraft {
  /** Becomes the record's id, so two tabs ending the same stand-up write the same record. */
  id: string;
  /** yyyy-MM-dd the stand-up started */
  day: string;
  startedAt: number;
  /** Run time before the current running stretch (pauses excluded). */
  accumulatedMs: number;
  /** Start of the current running stretch; null while paused. */
  runningSince: number | null;
  /** Last start, pause, resume, decision or note: where an abandoned stand-up is ended. */
  lastActivityAt: number;
  notes: string;
  decisions: StandupDecision[];
}

export function newDraft(id: string, day: string, now: number): StandupDraft {
  return {
    id,
    day,
    startedAt: now,
    accumulatedMs: 0,
    runningSince: now,
    lastActivityAt: now,
    notes: '',
    decisions: [],
  };
}

export function elapsedMs(draft: StandupDraft, now: number): number {
  const stretch = draft.runningSince === null ? 0 : Math.max(0, now - draft.runningSince);
  return draft.accumulatedMs + stretch;
}

export function pauseDraft(draft: StandupDraft, now: number): StandupDraft {
  if (draft.runningSince === null) return draft;
  return { ...draft, accumulatedMs: elapsedMs(draft, now), runningSince: null, lastActivityAt: now };
}

export function resumeDraft(draft: StandupDraft, now: number): StandupDraft {
  if (draft.runningSince !== null) return draft;
  return { ...draft, runningSince: now, lastActivityAt: now };
}

export function addDecision(draft: StandupDraft, decision: StandupDecision, now: number): StandupDraft {
  return { ...draft, decisions: [...draft.decisions, decision], lastActivityAt: now };
}

export function setNotes(draft: StandupDraft, notes: string, now: number): StandupDraft {
  return draft.notes === notes ? draft : { ...draft, notes, lastActivityAt: now };
}

export type TimerPhase = 'running' | 'lastFive' | 'overtime';

export interface Countdown {
  /** "14:59" while time is left, "+02:13" in overtime. */
  text: string;
  overtime: boolean;
  phase: TimerPhase;
}

const mmss = (totalSeconds: number) =>
  `${String(Math.floor(totalSeconds / 60)).padStart(2, '0')}:${String(totalSeconds % 60).padStart(2, '0')}`;

export function countdown(elapsed: number): Countdown {
  const remaining = STANDUP_MS - elapsed;
  if (remaining >= 0) {
    // Shown rounded up: 14:59.4 left reads "15:00" for the first instant, never "00:00" before the end.
    return {
      text: mmss(Math.ceil(remaining / 1000)),
      overtime: false,
      phase: remaining <= WARNING_MS ? 'lastFive' : 'running',
    };
  }
  return { text: `+${mmss(Math.floor(-remaining / 1000))}`, overtime: true, phase: 'overtime' };
}

/** The saved record of a draft ended at `endedAt`. */
export function finishDraft(draft: StandupDraft, endedAt: number, clock: string): StandupRecord {
  return {
    id: draft.id,
    day: draft.day,
    startedAt: draft.startedAt,
    endedAt,
    durationMs: elapsedMs(draft, Math.max(endedAt, draft.runningSince ?? endedAt)),
    notes: draft.notes,
    decisions: draft.decisions,
    deleted: false,
    clock,
  };
}

/**
 * A stand-up left running past its day (laptop closed overnight) is ended as of its last activity:
 * the hours in between were not a stand-up, and nothing taken in it is lost.
 */
export function isAbandoned(draft: StandupDraft, today: string): boolean {
  return draft.day < today;
}

export function endAbandoned(draft: StandupDraft, clock: string): StandupRecord {
  return { ...finishDraft(draft, draft.lastActivityAt, clock), endedAutomatically: true };
}

const decisionKey = (d: StandupDecision) => `${d.at}\u0000${d.itemId}\u0000${d.kind}\u0000${d.detail}`;

/** Both texts, unless one already contains the other (two tabs typed into the same draft). */
function mergeNotes(a: string, b: string): string {
  if (a.includes(b)) return a;
  if (b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

/**
 * Ending a stand-up that another tab already ended: keep every decision of both (by content, in time
 * order), both notes, the later end and the longer run. Writing `incoming` alone would lose the other
 * tab's part.
 */
export function mergeEndedRecords(
  existing: StandupRecord | undefined,
  incoming: StandupRecord,
): StandupRecord {
  if (!existing || existing.deleted) return incoming;
  const decisions = new Map<string, StandupDecision>();
  for (const d of [...existing.decisions, ...incoming.decisions]) decisions.set(decisionKey(d), d);
  const merged: StandupRecord = {
    ...incoming,
    startedAt: Math.min(existing.startedAt, incoming.startedAt),
    endedAt: Math.max(existing.endedAt, incoming.endedAt),
    durationMs: Math.max(existing.durationMs, incoming.durationMs),
    notes: mergeNotes(existing.notes, incoming.notes),
    decisions: [...decisions.values()].sort((x, y) => x.at - y.at),
  };
  if (!existing.endedAutomatically || !incoming.endedAutomatically) delete merged.endedAutomatically;
  return merged;
}
