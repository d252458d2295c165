import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { COLUMN_IDS } from './domain/columns';
import { preloadFirstScreens } from './storage/queries';
import { useViewStore } from './state/viewStore';
import './styles.css';

document.documentElement.lang = useViewStore.getState().language;

// The board is the first view almost every time: start reading its first cards right away.
if (!window.location.hash || window.location.hash.startsWith('#/board')) preloadFirstScreens(COLUMN_IDS);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
