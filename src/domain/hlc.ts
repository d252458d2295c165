// Hybrid logical clock, after actualbudget/actual's crdt/timestamp.ts.
// A stamp is a fixed-width string that sorts correctly as a plain string:
//   2026-11-25T17:55:56.000Z-0000-<deviceId>
// (ISO time in UTC, a 4-hex-digit counter, the device id). Later edits have larger stamps;
// ties of time and counter are broken by device id, so two devices never produce equal stamps.
// Pure: the current time is always passed in.

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

/**
 * A stamp whose time is a real instant: it has the pattern, and its time reads back unchanged.
 * Date.parse alone is not enough: it refuses "2026-99-99T99:99:99.999Z" but rolls
 * "2026-02-30T00:00:00.000Z" over to 2 March and "…T24:00…" to the next day, so the string would
 * sort as one time and be clamped as another.
 */
export function parseHlc(stamp: string): HlcState | null {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) return null;
  const millis = Date.parse(match[1]!);
  if (Number.isNaN(millis) || new Date(millis).toISOString() !== match[1]) return null;
  return { millis, counter: parseInt(match[2]!, 16), node: match[3]! };
}

/** True for a stamp of a real instant (see parseHlc); the board file refuses any other. */
export const isRealStamp = (stamp: string): boolean => parseHlc(stamp) !== null;

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
