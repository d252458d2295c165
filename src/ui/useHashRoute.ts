// Minimal hash router: the app is served as static files (any web server, offline), so routes live
// in the hash and need no server rewrite rules.
import { useSyncExternalStore } from 'react';

export type Route = 'board' | 'standup' | 'kalender' | 'einstellungen';
const ROUTES: readonly Route[] = ['board', 'standup', 'kalender', 'einstellungen'];

function current(): Route {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'board';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, current, () => 'board' as Route);
}

export const hrefFor = (route: Route) => `#/${route}`;
