// When the daily backup runs: at start and every hour while the app is open (a laptop left open for
// days still gets one backup per day). The first backup also means the board holds something worth
// keeping, the moment to ask once for persistent storage.
import { maybeBackup } from './backups';
import { requestPersistenceOnce } from '../db/persistence';

const HOUR_MS = 60 * 60 * 1000;

function runOnce(): void {
  maybeBackup(Date.now())
    .then((id) => (id ? requestPersistenceOnce() : null))
    .catch(() => {
      // A storage failure is shown by StorageProblemBanner and the views; a missed backup retries next hour.
    });
}

/** Starts the schedule; returns the function that stops it (an effect's cleanup). */
export function scheduleBackups(): () => void {
  runOnce();
  const timer = setInterval(runOnce, HOUR_MS);
  return () => clearInterval(timer);
}
