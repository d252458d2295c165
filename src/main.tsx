import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { COLUMN_IDS } from './domain/columns';
import { loadCalendarView } from './features/calendar/calendarRoute';
import { preloadFirstScreens } from './storage/queries';
import { useViewStore } from './state/viewStore';
import { settledOrTimeout } from './ui/settledOrTimeout';
import './styles.css';

document.documentElement.lang = useViewStore.getState().language;

// Files dropped beside a drop target (a card, the editor's Anhänge) must not make the browser open
// the file in place of the app.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });

/**
 * How long the first render waits for the board's first cards. They are usually read by then
 * (public/first-screen.js started before this bundle); waiting renders the board with its cards once,
 * instead of a "Lädt …" frame and then the board. A slow disk gets the loading frame after this long.
 */
const FIRST_CARDS_WAIT_MS = 200;

const hash = window.location.hash;
// Opened straight at the calendar: its chunk arrives before the first render, so the week renders
// without a Suspense fallback (see calendarRoute.tsx). A failed load falls back to React.lazy.
// The board is the first view almost every time: its first cards are read right away.
const firstView = hash.startsWith('#/kalender')
  ? loadCalendarView().catch(() => undefined)
  : !hash || hash.startsWith('#/board')
    ? settledOrTimeout(preloadFirstScreens(COLUMN_IDS), FIRST_CARDS_WAIT_MS)
    : Promise.resolve();

void firstView.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
