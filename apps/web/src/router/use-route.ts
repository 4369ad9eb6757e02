import { useSyncExternalStore } from 'react';
import { parseRoute, type Route, routeHash } from './route.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash));
}

/** Goes to a route (adds a browser history entry). */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
