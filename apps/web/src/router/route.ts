/** The pages of the app, addressed by the URL hash (e.g. `#/maps/laptop`). */
export type Route =
  | { name: 'home' }
  | { name: 'map'; id: string }
  | { name: 'compare'; id: string; other?: string }
  | { name: 'data'; id: string }
  | { name: 'persona-suggestions'; id: string }
  | { name: 'persona'; id: string }
  | { name: 'not-found' };

const decode = (part: string) => decodeURIComponent(part);
const encode = (part: string) => encodeURIComponent(part);

/**
 * The route of a location hash.
 * @example parseRoute('#/maps/a%20b/compare/c') // { name: 'compare', id: 'a b', other: 'c' }
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decode);
  const [section, id, view, other] = parts;
  if (section === undefined) return { name: 'home' };
  if (section === 'personas' && id !== undefined && parts.length === 2) return { name: 'persona', id };
  if (section !== 'maps' || id === undefined) return { name: 'not-found' };
  if (view === undefined) return { name: 'map', id };
  if (view === 'data' && parts.length === 3) return { name: 'data', id };
  if (view === 'personas' && parts.length === 3) return { name: 'persona-suggestions', id };
  if (view === 'compare' && parts.length <= 4)
    return other ? { name: 'compare', id, other } : { name: 'compare', id };
  return { name: 'not-found' };
}

/** The hash of a route; `parseRoute(routeHash(r))` gives `r` back. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'not-found':
      return '#/';
    case 'map':
      return `#/maps/${encode(route.id)}`;
    case 'data':
      return `#/maps/${encode(route.id)}/data`;
    case 'persona-suggestions':
      return `#/maps/${encode(route.id)}/personas`;
    case 'compare':
      return `#/maps/${encode(route.id)}/compare${route.other ? `/${encode(route.other)}` : ''}`;
    case 'persona':
      return `#/personas/${encode(route.id)}`;
  }
}
