import { lazy, Suspense, useDeferredValue, useEffect } from 'react';
import { BoardView } from './features/board/BoardView';
import { SkipToBoard } from './features/board/SkipToBoard';
import { CalendarRoute } from './features/calendar/calendarRoute';
import { ItemEditor } from './features/editor/ItemEditor';
import { useT } from './i18n';
import { seedDefaults } from './storage/settings/seedDefaults';
import { StorageProblemBanner } from './ui/StorageProblemBanner';
import { Toasts } from './ui/Toasts';
import { UpdatePrompt } from './ui/UpdatePrompt';
import { hrefFor, useHashRoute, type Route } from './ui/useHashRoute';
import { useGlobalUndo } from './ui/useGlobalUndo';
import { loadStandupView, warmUpAfterFirstPaint } from './warmUp';

// Views other than the board load on demand, keeping the first download small.
const SettingsView = lazy(() => import('./features/settings/SettingsView'));
const StandupView = lazy(loadStandupView);

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

  useEffect(() => {
    void seedDefaults().catch(() => {
      // Shown by the storage banner of the view that fails to read; nothing to add here.
    });
    return warmUpAfterFirstPaint();
  }, []);

  return (
    <div className="app">
      {/* First in the page, so it is the first tab stop. */}
      {shownRoute === 'board' && <SkipToBoard />}
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
