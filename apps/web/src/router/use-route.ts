import { useSyncExternalStore } from 'react';
import { type PathRoute, parseLocation, type Route, routeHash } from './route.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const currentHref = () => window.location.href;

/** The current route (from the path for setup and shared pages, else the hash); re-renders on navigation. */
export function useRoute(): Route | PathRoute {
  useSyncExternalStore(subscribe, currentHref);
  return parseLocation(window.location);
}

/** Goes to a route (adds a browser history entry). */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** Leaves a path page (setup) for the workspace at `route`, without keeping the path in history. */
export function enterWorkspace(route: Route = { name: 'home' }): void {
  window.history.replaceState(null, '', `/${routeHash(route)}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
