import { describe, expect, it } from 'vitest';
import { call, inject, memberCookie, storeMap, testApp } from '../test-helpers.ts';

type OpenApi = { paths: Record<string, Record<string, unknown>> };

/** Routes anyone may call: signing in, setup, health, the docs and share links. */
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/auth/setup',
  'POST /api/auth/setup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/shared/{token}',
]);

describe('the guard', () => {
  it('answers 401 on every other API route without a session or key', async () => {
    const app = await testApp();
    await storeMap(app);
    const spec = (await call<OpenApi>(app, 'GET', '/api/openapi.json', undefined, { cookie: null })).body;
    const routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(routes.length).toBeGreaterThan(50);
    const open: string[] = [];
    for (const { method, path } of routes) {
      const url = path.replace(/\{[^}]+\}/g, 'example-laptop-en');
      const response = await inject(app, {
        method: method as 'GET',
        url,
        cookie: null,
        payload: method === 'GET' ? undefined : {},
      });
      if (response.statusCode !== 401) open.push(`${method} ${path} → ${response.statusCode}`);
    }
    expect(open.filter((route) => !PUBLIC.has(route.replace(/ → \d+$/, '')))).toEqual([]);
  });

  it('answers 401 for unknown API paths before 404, so strangers learn nothing', async () => {
    const app = await testApp();
    expect((await call(app, 'GET', '/api/nothing-here', undefined, { cookie: null })).status).toBe(401);
    expect((await call(app, 'GET', '/api/nothing-here')).status).toBe(404);
  });

  it('lets a viewer read and refuses every write with 403, changing nothing', async () => {
    const app = await testApp();
    await storeMap(app);
    const viewer = await memberCookie(app, 'viewer');
    const writes = [
      ['POST', '/api/maps', { template: 'funnel', language: 'en', title: 'x' }],
      ['DELETE', '/api/maps/example-laptop-en?version=1', undefined],
      ['POST', '/api/maps/example-laptop-en/operations', { version: 1, operations: [] }],
      ['POST', '/api/maps/example-laptop-en/future', undefined],
      ['POST', '/api/personas', { persona: { name: 'x' } }],
      ['POST', '/api/imports?name=a.csv', 'a,b\n1,2\n'],
      ['POST', '/api/users', { email: 'x@example.com', password: 'long-enough-1', role: 'owner' }],
      ['POST', '/api/keys', { name: 'x', scope: 'write' }],
    ] as const;
    for (const [method, url, payload] of writes)
      expect([method, url, (await call(app, method, url, payload, { cookie: viewer })).status]).toEqual([
        method,
        url,
        403,
      ]);
    expect((await call<{ items: unknown[] }>(app, 'GET', '/api/maps')).body.items).toHaveLength(1);
    expect(
      (await call(app, 'POST', '/api/diff', { before: {}, after: {} }, { cookie: viewer })).status,
    ).not.toBe(403);
  });
});
