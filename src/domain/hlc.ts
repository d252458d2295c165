// Hybrid logical clock, after actualbudget/actual's crdt/timestamp.ts.
// A stamp is a fixed-width string that sorts correctly as a plain string:
//   2026-11-25T17:55:56.000Z-0000-<deviceId>
// (ISO time in UTC, a 4-hex-digit counter, the device id). Later edits have larger stamps;
// ties of time and counter are broken by device id, so two devices never produce equal stamps.
// Pure: the current time is always passed in.
import { daysInMonth } from './validate';

export interface HlcState {
  millis: number;
  counter: number;
  node: string;
}

const MAX_COUNTER = 0xffff;
/** Remote stamps more than this far in the future are clamped (a colleague's skewed clock). */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function createHlc(node: string, millis = 0): HlcState {
  return { millis, counter: 0, node };
}

export function formatHlc(state: HlcState): string {
  return `${new Date(state.millis).toISOString()}-${state.counter.toString(16).toUpperCase().padStart(4, '0')}-${state.node}`;
}

/** A well-formed stamp; anything else would sort arbitrarily against real stamps. */
export const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-(.+)$/;

const DAY_MS = 24 * 60 * 60 * 1000;
/** A 400-year Gregorian cycle, in days: every calendar repeats after it. */
const CYCLE_DAYS = 146_097;

/** The number written in `count` ASCII digits from `start` (the pattern has checked they are digits). */
function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * Whether the time part of a stamp of the pattern's shape ("2026-11-25T17:55:56.000Z-…") exists:
 * every field in its range, the day within its month. That is the rule "Date.parse reads it and
 * toISOString writes it back unchanged" (Date.parse alone rolls 2026-02-30 over to 2 March and T24:00
 * to the next day, so the string would sort as one time and be clamped as another), read from the
 * digits: a board file has tens of thousands of stamps, and a Date and a string for each made
 * checking them the largest part of an import.
 */
export function hasRealTime(stamp: string): boolean {
  const month = digitsAt(stamp, 5, 2);
  const day = digitsAt(stamp, 8, 2);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(digitsAt(stamp, 0, 4), month) &&
    digitsAt(stamp, 11, 2) <= 23 &&
    digitsAt(stamp, 14, 2) <= 59 &&
    digitsAt(stamp, 17, 2) <= 59
  );
}

/** The instant of a stamp whose time is real (hasRealTime). */
function instantOf(stamp: string): number {
  // Date.UTC reads years 0–99 as 1900–1999: a year 400 later is the same calendar, one cycle on.
  const shifted = Date.UTC(
    digitsAt(stamp, 0, 4) + 400,
    digitsAt(stamp, 5, 2) - 1,
    digitsAt(stamp, 8, 2),
    digitsAt(stamp, 11, 2),
    digitsAt(stamp, 14, 2),
    digitsAt(stamp, 17, 2),
    digitsAt(stamp, 20, 3),
  );
  return shifted - CYCLE_DAYS * DAY_MS;
}

/** A stamp whose time is a real instant: it has the pattern, and its time exists (hasRealTime). */
export function parseHlc(stamp: string): HlcState | null {
  if (!isRealStamp(stamp)) return null;
  // The pattern fixes the time at 24 characters, then "-", 4 hex digits, "-" and the device.
  return { millis: instantOf(stamp), counter: parseInt(stamp.slice(25, 29), 16), node: stamp.slice(30) };
}

/** True for a stamp of a real instant (see parseHlc); the board file refuses any other. */
export function isRealStamp(stamp: string): boolean {
  return STAMP_PATTERN.test(stamp) && hasRealTime(stamp);
}

/** Advance the local clock for a local event; returns the new state and the stamp to write. */
export function tickHlc(state: HlcState, now: number): { state: HlcState; stamp: string } {
  const millis = Math.max(state.millis, now);
  const counter = millis === state.millis ? state.counter + 1 : 0;
  const next =
    counter > MAX_COUNTER ? { ...state, millis: millis + 1, counter: 0 } : { ...state, millis, counter };
  return { state: next, stamp: formatHlc(next) };
}

/**
 * Move the local clock past a remote stamp (when merging a colleague's file), so our next edit
 * beats everything we have seen. A remote time far ahead of `now` is not followed beyond
 * now + MAX_DRIFT_MS, so one skewed laptop cannot make its edits unbeatable forever.
 */
export function receiveHlc(state: HlcState, remoteStamp: string, now: number): HlcState {
  const remote = parseHlc(remoteStamp);
  if (!remote) return state;
  const remoteMillis = Math.min(remote.millis, now + MAX_DRIFT_MS);
  const millis = Math.max(state.millis, remoteMillis, now);
  let counter = 0;
  if (millis === state.millis && millis === remoteMillis)
    counter = Math.max(state.counter, remote.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === remoteMillis) counter = remote.counter + 1;
  return counter > MAX_COUNTER ? { ...state, millis: millis + 1, counter: 0 } : { ...state, millis, counter };
}

/** The later of two stamps (plain string comparison); undefined counts as never written. */
export function laterStamp(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? b : a;
}
