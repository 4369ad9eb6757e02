import { describe, expect, it } from 'vitest';
import { parseLocation, parseRoute, type Route, routeHash } from './route.ts';

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

describe('path routes', () => {
  const at = (pathname: string, search = '', hash = '') => parseLocation({ pathname, search, hash });

  it('reads the setup page and its one-time token from the query', () => {
    expect(at('/setup', '?token=abc%2B1')).toEqual({ name: 'setup', token: 'abc+1' });
    expect(at('/setup/')).toEqual({ name: 'setup', token: '' });
  });

  it('reads the shared page and its token from the path', () => {
    expect(at('/shared/Ab_c-9')).toEqual({ name: 'shared', token: 'Ab_c-9' });
    expect(at('/shared/a%20b')).toEqual({ name: 'shared', token: 'a b' });
    expect(at('/shared/%E0%A4')).toEqual({ name: 'not-found' });
    expect(at('/shared/a/b', '', '#/maps/x')).toEqual({ name: 'map', id: 'x' });
  });

  it('leaves every other path to the hash', () => {
    expect(at('/', '', '#/maps/x')).toEqual({ name: 'map', id: 'x' });
    expect(at('/', '?token=1', '#/members')).toEqual({ name: 'members' });
    expect(at('/', '', '#/account')).toEqual({ name: 'account' });
    expect(at('/', '', '#/keys/x')).toEqual({ name: 'not-found' });
  });

  it('writes the workspace pages as hashes that read back', () => {
    for (const name of ['account', 'members', 'keys', 'audit', 'import'] as const)
      expect(parseRoute(routeHash({ name }))).toEqual({ name });
  });
});
