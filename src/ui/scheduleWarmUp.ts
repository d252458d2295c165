// Prepares what she is likely to do next (a worker started, a view's code loaded) while she looks at
// the board: after a short pause once the app has rendered, then only when the page is idle, so it
// never competes with the board's first paint.
import { whenIdle } from './whenIdle';

/** A short pause after the first render, before looking for an idle moment. */
export const WARM_DELAY_MS = 300;
/** Latest start once the pause is over, if the page is never idle. */
export const WARM_IDLE_TIMEOUT_MS = 500;

/** Schedules `warm`; returns the function that cancels it (an effect's cleanup). */
export function scheduleWarmUp(warm: () => void): () => void {
  let cancelIdle = () => {};
  const timer = window.setTimeout(() => (cancelIdle = whenIdle(warm, WARM_IDLE_TIMEOUT_MS)), WARM_DELAY_MS);
  return () => {
    window.clearTimeout(timer);
    cancelIdle();
  };
}
