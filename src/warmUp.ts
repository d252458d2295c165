// What she is likely to need next, prepared while she looks at the board: the code of Stand-up,
// Kalender and the board file (export, import preview), and the daily backup schedule (it reads the
// whole board). One schedule for all of it, after a short pause and then only when the page is
// idle (ui/scheduleWarmUp.ts), so none of it competes with the board's first paint. Offline before
// the app was cached, a click loads a view's code itself (or says it cannot).
import { loadCalendarView } from './features/calendar/calendarRoute';
import { scheduleWarmUp } from './ui/scheduleWarmUp';

export const loadStandupView = () => import('./features/standup/StandupView');

/** Schedules the warm-up; returns the function that cancels it and stops the backups (App's cleanup). */
export function warmUpAfterFirstPaint(): () => void {
  let cancelled = false;
  let stopBackups: (() => void) | undefined;
  const cancelWarmUp = scheduleWarmUp(() => {
    void loadStandupView().catch(() => {});
    void loadCalendarView().catch(() => {});
    void import('./storage/boardfile/boardFileCommands').catch(() => {});
    void import('./features/boardfile/ImportDialog').catch(() => {});
    void import('./storage/backups/backupSchedule').then(
      ({ scheduleBackups }) => void (cancelled || (stopBackups = scheduleBackups())),
      () => {},
    );
  });
  return () => {
    cancelled = true;
    cancelWarmUp();
    stopBackups?.();
  };
}
