// Loads the board file's code while she looks at the board: the commands module (BoardFileActions
// loads it on the first click) and the import preview, whose fetch and compile otherwise land on
// her first export or import. The worker itself is not started here: it starts with the first job
// (platform/workerClient.ts), so a session without export or import never pays for it.
// Scheduled by the board once it shows its first cards (BoardView), after a pause and then only when
// the page is idle, so it does not compete with the board's first paint.

import { scheduleWarmUp } from '../../ui/scheduleWarmUp';

export { WARM_DELAY_MS, WARM_IDLE_TIMEOUT_MS } from '../../ui/scheduleWarmUp';

/** Schedules the warm-up; returns the function that cancels it (an effect's cleanup). */
export function scheduleBoardFileWarmUp(): () => void {
  return scheduleWarmUp(() => {
    // Offline before the app was cached: the first click loads them (or says it cannot).
    void import('../../storage/boardFileCommands').catch(() => {});
    void import('./ImportDialog').catch(() => {});
  });
}
