/** The pages of the app, addressed by the URL hash (e.g. `#/maps/laptop`). */
export type Route =
  | { name: 'home' }
  | { name: 'map'; id: string }
  | { name: 'compare'; id: string; other?: string }
  | { name: 'data'; id: string }
  | { name: 'persona-suggestions'; id: string }
  | { name: 'persona'; id: string }
  | { name: 'initiatives' }
  | { name: 'initiative'; id: string }
  | { name: 'account' }
  | { name: 'members' }
  | { name: 'keys' }
  | { name: 'audit' }
  | { name: 'import' }
  | { name: 'not-found' };

/** Pages addressed by the URL path (links printed by the server or shared with others). */
export type PathRoute = { name: 'setup'; token: string } | { name: 'shared'; token: string };

/** Pages reached by a hash inside the workspace, without parameters. */
const PLAIN = ['account', 'members', 'keys', 'audit', 'import'] as const;
type PlainName = (typeof PLAIN)[number];
const isPlain = (section: string): section is PlainName => (PLAIN as readonly string[]).includes(section);

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
  if (isPlain(section) && parts.length === 1) return { name: section };
  if (section === 'personas' && id !== undefined && parts.length === 2) return { name: 'persona', id };
  if (section === 'initiatives' && parts.length === 1) return { name: 'initiatives' };
  if (section === 'initiatives' && id !== undefined && parts.length === 2) return { name: 'initiative', id };
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
    case 'initiatives':
      return '#/initiatives';
    case 'initiative':
      return `#/initiatives/${encode(route.id)}`;
    case 'account':
    case 'members':
    case 'keys':
    case 'audit':
    case 'import':
      return `#/${route.name}`;
  }
}

/**
 * The page of a whole location: `/setup?token=…` and `/shared/TOKEN` are paths (the server
 * serves the app for them); everything else is addressed by the hash.
 * @example parseLocation({ pathname: '/shared/abc', search: '', hash: '' }) // { name: 'shared', token: 'abc' }
 */
export function parseLocation(location: {
  pathname: string;
  search: string;
  hash: string;
}): Route | PathRoute {
  const path = location.pathname.replace(/\/+$/, '');
  if (path === '/setup')
    return { name: 'setup', token: new URLSearchParams(location.search).get('token') ?? '' };
  const shared = /^\/shared\/([^/]+)$/.exec(path);
  if (shared?.[1]) {
    try {
      return { name: 'shared', token: decode(shared[1]) };
    } catch {
      return { name: 'not-found' };
    }
  }
  return parseRoute(location.hash);
}
