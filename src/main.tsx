import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useViewStore } from './state/viewStore';
import './styles.css';

document.documentElement.lang = useViewStore.getState().language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
