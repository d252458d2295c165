// When the daily backup runs: a little while after the app opened and every hour while it is open (a laptop left open for
// days still gets one backup per day). The first backup also means the board holds something worth
// keeping, the moment to ask once for persistent storage.
import { maybeBackup } from './backups';
import { requestPersistenceOnce } from '../db/persistence';

const HOUR_MS = 60 * 60 * 1000;
/** The first check waits until her first moves on the board are done: a due backup reads the whole board. */
const FIRST_CHECK_DELAY_MS = 3000;

function runOnce(): void {
  maybeBackup(Date.now())
    .then((id) => (id ? requestPersistenceOnce() : null))
    .catch(() => {
      // A storage failure is shown by StorageProblemBanner and the views; a missed backup retries next hour.
    });
}

/** Starts the schedule; returns the function that stops it (an effect's cleanup). */
export function scheduleBackups(): () => void {
  let hourly: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(() => {
    runOnce();
    hourly = setInterval(runOnce, HOUR_MS);
  }, FIRST_CHECK_DELAY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
