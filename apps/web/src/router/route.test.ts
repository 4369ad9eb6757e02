import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash } from './route.ts';

describe('routes', () => {
  it('reads every page from the hash', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/maps/a%20b')).toEqual({ name: 'map', id: 'a b' });
    expect(parseRoute('#/maps/x/data')).toEqual({ name: 'data', id: 'x' });
    expect(parseRoute('#/maps/x/personas')).toEqual({ name: 'persona-suggestions', id: 'x' });
    expect(parseRoute('#/maps/x/compare')).toEqual({ name: 'compare', id: 'x' });
    expect(parseRoute('#/maps/x/compare/y')).toEqual({ name: 'compare', id: 'x', other: 'y' });
    expect(parseRoute('#/personas/anna-ru')).toEqual({ name: 'persona', id: 'anna-ru' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/maps/x/data/extra')).toEqual({ name: 'not-found' });
  });

  it('writes hashes that read back as the same route', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'map', id: 'карта/1' },
      { name: 'data', id: 'x' },
      { name: 'persona-suggestions', id: 'x y' },
      { name: 'compare', id: 'x', other: 'y z' },
      { name: 'persona', id: 'anna' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
