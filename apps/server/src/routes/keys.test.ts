import { describe, expect, it } from 'vitest';
import { annaMap, call, storeMap, testApp } from '../test-helpers.ts';

type Created = { id: string; key: string; prefix: string; scope: string; lastUsedAt: string | null };

describe('API keys', () => {
  it('are shown once, work as Bearer within their scope, and a wrong key answers 401', async () => {
    const app = await testApp();
    await storeMap(app);
    const read = await call<Created>(app, 'POST', '/api/keys', { name: 'Dashboard', scope: 'read' });
    expect(read.status).toBe(201);
    expect(read.body.key).toMatch(/^ocjm_[\w-]{43}$/);
    const bearer = (key: string) => ({ cookie: null, headers: { authorization: `Bearer ${key}` } });
    expect((await call(app, 'GET', '/api/maps', undefined, bearer(read.body.key))).status).toBe(200);
    const put = await call(
      app,
      'PUT',
      '/api/maps/example-laptop-en',
      { map: annaMap(), version: 1 },
      bearer(read.body.key),
    );
    expect(put.status).toBe(403);
    expect((await call(app, 'GET', '/api/maps', undefined, bearer(`${read.body.key}x`))).body).toEqual({
      error: { code: 'invalid-key' },
    });
    expect((await call(app, 'GET', '/api/maps', undefined, bearer('ocjm_wrong'))).status).toBe(401);

    const write = await call<Created>(app, 'POST', '/api/keys', { name: 'Sync', scope: 'write' });
    const renamed = { map: { ...annaMap(), title: 'Renamed by a key' }, version: 1 };
    expect(
      (await call(app, 'PUT', '/api/maps/example-laptop-en', renamed, bearer(write.body.key))).status,
    ).toBe(200);

    const collect = await call<Created>(app, 'POST', '/api/keys', { name: 'Site', scope: 'collect' });
    expect((await call(app, 'GET', '/api/maps', undefined, bearer(collect.body.key))).status).toBe(403);
  });

  it('are stored hashed, listed without the key, with last-used time, and revocable', async () => {
    const app = await testApp();
    const created = await call<Created>(app, 'POST', '/api/keys', { name: 'Dashboard', scope: 'read' });
    await call(app, 'GET', '/api/maps', undefined, {
      cookie: null,
      headers: { authorization: `Bearer ${created.body.key}` },
    });
    const list = await call<{ items: Created[] }>(app, 'GET', '/api/keys');
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    expect(list.body.items[0]).toMatchObject({
      name: 'Dashboard',
      scope: 'read',
      prefix: created.body.key.slice(0, 11),
    });
    expect(list.body.items[0]?.lastUsedAt).not.toBeNull();
    expect((await call(app, 'DELETE', `/api/keys/${created.body.id}`)).status).toBe(204);
    const after = await call(app, 'GET', '/api/maps', undefined, {
      cookie: null,
      headers: { authorization: `Bearer ${created.body.key}` },
    });
    expect(after.status).toBe(401);
    const audit = await call<{ items: { action: string; target: string }[] }>(app, 'GET', '/api/audit');
    expect(
      audit.body.items
        .filter((e) => e.action.startsWith('key-'))
        .map((e) => e.action)
        .sort(),
    ).toEqual(['key-created', 'key-revoked']);
    expect(JSON.stringify(audit.body)).not.toContain(created.body.key);
  });

  it('are the owner’s to manage', async () => {
    const app = await testApp();
    const key = await call<Created>(app, 'POST', '/api/keys', { name: 'Sync', scope: 'write' });
    const asKey = { cookie: null, headers: { authorization: `Bearer ${key.body.key}` } };
    expect((await call(app, 'POST', '/api/keys', { name: 'x', scope: 'write' }, asKey)).status).toBe(403);
  });
});
