// Starts the board-file worker while she looks at the board, so her first export or import does not
// also wait for the worker's code to load and the database to open (~100-200 ms on a slow laptop),
// and loads the import preview's code.
// Scheduled by the board once it shows its first cards (BoardView), after a pause and then only when
// the page is idle, so it does not compete with the board's first paint. Not later: a first export
// right after the board has loaded waited ~100 ms for the worker and its database.

import { scheduleWarmUp } from '../../ui/scheduleWarmUp';

export { WARM_DELAY_MS, WARM_IDLE_TIMEOUT_MS } from '../../ui/scheduleWarmUp';

/** Schedules the warm-up; returns the function that cancels it (an effect's cleanup). */
export function scheduleBoardFileWarmUp(): () => void {
  // Without workers (tests in jsdom, very old browsers) jobs run inline: nothing to warm.
  if (typeof Worker === 'undefined') return () => {};
  let cancelled = false;
  const cancelWarm = scheduleWarmUp(() => {
    void import('../../storage/boardFileCommands').then(({ warmBoardFile }) => {
      if (!cancelled) warmBoardFile();
    });
    // The import preview's code too: fetched and compiled on the first import, it cost that preview
    // ~300 ms on the main thread.
    void import('./ImportDialog').catch(() => {
      // Offline before the app was cached: the first import loads it (or says it cannot).
    });
  });
  return () => {
    cancelled = true;
    cancelWarm();
  };
}
