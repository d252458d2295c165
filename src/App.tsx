import { lazy, Suspense, useDeferredValue, useEffect } from 'react';
import { BoardView } from './features/board/BoardView';
import { CalendarRoute, loadCalendarView } from './features/calendar/calendarRoute';
import { ItemEditor } from './features/editor/ItemEditor';
import { useT } from './i18n';
import { seedDefaults } from './storage/settingsCommands';
import { StorageProblemBanner } from './ui/StorageProblemBanner';
import { Toasts } from './ui/Toasts';
import { UpdatePrompt } from './ui/UpdatePrompt';
import { scheduleWarmUp } from './ui/scheduleWarmUp';
import { hrefFor, useHashRoute, type Route } from './ui/useHashRoute';
import { useGlobalUndo } from './ui/useGlobalUndo';

// Views other than the board load on demand, keeping the first download small.
/** Backups start once the board has painted and settled (they read the whole board). */
const BACKUP_START_DELAY_MS = 3000;

const SettingsView = lazy(() => import('./features/settings/SettingsView'));
const loadStandupView = () => import('./features/standup/StandupView');
const StandupView = lazy(loadStandupView);

/**
 * The views she opens from the board every morning load while she looks at it: a click on `Stand-up`
 * or `Kalender` then no longer waits for their code to be fetched and compiled. Offline before the
 * app was cached, the click loads them (or says it cannot).
 */
function warmNextViews() {
  void loadStandupView().catch(() => {});
  void loadCalendarView().catch(() => {});
}

const NAV: { route: Route; key: 'board' | 'standup' | 'calendar' | 'settings' }[] = [
  { route: 'board', key: 'board' },
  { route: 'standup', key: 'standup' },
  { route: 'kalender', key: 'calendar' },
  { route: 'einstellungen', key: 'settings' },
];

export function App() {
  const t = useT();
  const route = useHashRoute();
  // The view switches once its lazy chunk is loaded: the old view stays until then, instead of a
  // "Lädt …" fallback that React keeps on screen for at least 300 ms (its fallback throttle).
  const shownRoute = useDeferredValue(route);
  useGlobalUndo();

  useEffect(() => scheduleWarmUp(warmNextViews), []);

  useEffect(() => {
    void seedDefaults().catch(() => {
      // Shown by the storage banner of the view that fails to read; nothing to add here.
    });
    // Backups load after the board: they read whole boards and are not needed for the first paint.
    let stop: (() => void) | undefined;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void import('./storage/backupSchedule').then(({ scheduleBackups }) => {
        if (!cancelled) stop = scheduleBackups();
      });
    }, BACKUP_START_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      stop?.();
    };
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">{t.appName}</span>
        <nav aria-label={t.nav.label}>
          <ul className="nav-list">
            {NAV.map(({ route: r, key }) => (
              <li key={r}>
                <a href={hrefFor(r)} aria-current={route === r ? 'page' : undefined}>
                  {t.nav[key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <StorageProblemBanner />
      <main className="app-main">
        <Suspense fallback={<p>{t.loading}</p>}>
          {shownRoute === 'einstellungen' ? (
            <SettingsView />
          ) : shownRoute === 'standup' ? (
            <StandupView />
          ) : shownRoute === 'kalender' ? (
            <CalendarRoute />
          ) : (
            <BoardView />
          )}
        </Suspense>
      </main>
      <ItemEditor />
      <Toasts />
      <UpdatePrompt />
    </div>
  );
}
