import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCalendarView } from './features/calendar/calendarRoute';
import { useViewStore } from './state/viewStore';
import './styles.css';

document.documentElement.lang = useViewStore.getState().language;

// Files dropped beside a drop target (a card, the editor's Anhänge) must not make the browser open
// the file in place of the app.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });

// Opened straight at the calendar: its chunk arrives before the first render, so the week renders
// without a Suspense fallback (see calendarRoute.tsx). A failed load falls back to React.lazy.
const firstView = window.location.hash.startsWith('#/kalender')
  ? loadCalendarView().catch(() => undefined)
  : Promise.resolve();

void firstView.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
