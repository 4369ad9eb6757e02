import { describe, expect, it } from 'vitest';
import { annaMap, call, memberCookie, storeMap, testApp } from '../test-helpers.ts';

type Share = {
  id: string;
  token: string;
  url: string;
  hasPassword: boolean;
  expiresAt: string | null;
  revokedAt: string | null;
};
type Shared = { map: { id: string; title: string }; metrics: { stages: object }; personas: unknown[] };

const nobody = { cookie: null };

describe('share links', () => {
  it('show the map read-only to anyone holding the link, signed out', async () => {
    const app = await testApp();
    await storeMap(app);
    const created = await call<Share>(app, 'POST', '/api/maps/example-laptop-en/shares', {});
    expect(created.status).toBe(201);
    expect(created.body.url).toBe(`/shared/${created.body.token}`);
    const shared = await call<Shared>(app, 'GET', `/api/shared/${created.body.token}`, undefined, nobody);
    expect(shared.status).toBe(200);
    expect(shared.body.map).toEqual(annaMap());
    expect(Object.keys(shared.body.metrics.stages)).toEqual(annaMap().stages.map((s) => s.id));
    expect((await call(app, 'GET', '/api/maps/example-laptop-en', undefined, nobody)).status).toBe(401);
  });

  it('never authorise a write, nor any other read', async () => {
    const app = await testApp();
    await storeMap(app);
    const { token } = (await call<Share>(app, 'POST', '/api/maps/example-laptop-en/shares', {})).body;
    const withToken = { cookie: null, headers: { authorization: `Bearer ${token}` } };
    expect(
      (await call(app, 'PUT', '/api/maps/example-laptop-en', { map: annaMap(), version: 1 }, withToken))
        .status,
    ).toBe(401);
    expect((await call(app, 'GET', '/api/maps', undefined, withToken)).status).toBe(401);
    for (const method of ['PUT', 'POST', 'DELETE'] as const)
      expect(
        (await call(app, method, `/api/shared/${token}`, method === 'DELETE' ? undefined : {}, nobody))
          .status,
      ).toBe(401);
  });

  it('ask for their password, and refuse a wrong one', async () => {
    const app = await testApp();
    await storeMap(app);
    const { token, hasPassword } = (
      await call<Share>(app, 'POST', '/api/maps/example-laptop-en/shares', { password: 'open sesame' })
    ).body;
    expect(hasPassword).toBe(true);
    const url = `/api/shared/${token}`;
    expect((await call(app, 'GET', url, undefined, nobody)).body).toEqual({
      error: { code: 'share-password-required' },
    });
    const wrong = await call(app, 'GET', url, undefined, {
      cookie: null,
      headers: { 'x-share-password': 'nope' },
    });
    expect(wrong.body).toEqual({ error: { code: 'share-password-wrong' } });
    const right = await call(app, 'GET', url, undefined, {
      cookie: null,
      headers: { 'x-share-password': 'open sesame' },
    });
    expect(right.status).toBe(200);
  });

  it('stop working when revoked or expired, and are listed per map', async () => {
    const app = await testApp();
    await storeMap(app);
    const kept = (await call<Share>(app, 'POST', '/api/maps/example-laptop-en/shares', {})).body;
    const soon = new Date(Date.now() + 800).toISOString();
    const expiring = (
      await call<Share>(app, 'POST', '/api/maps/example-laptop-en/shares', { expiresAt: soon })
    ).body;
    expect((await call(app, 'GET', `/api/shared/${expiring.token}`, undefined, nobody)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect((await call(app, 'GET', `/api/shared/${expiring.token}`, undefined, nobody)).status).toBe(404);
    expect((await call(app, 'DELETE', `/api/maps/example-laptop-en/shares/${kept.id}`)).status).toBe(204);
    expect((await call(app, 'GET', `/api/shared/${kept.token}`, undefined, nobody)).status).toBe(404);
    const list = await call<{ items: Share[] }>(app, 'GET', '/api/maps/example-laptop-en/shares');
    expect(list.body.items.map((s) => s.id).sort()).toEqual([kept.id, expiring.id].sort());
    expect(list.body.items.find((s) => s.id === kept.id)?.revokedAt).not.toBeNull();
    const audit = await call<{ items: { action: string }[] }>(app, 'GET', '/api/audit');
    expect(audit.body.items.filter((e) => e.action.startsWith('share-')).length).toBe(3);
  });

  it('are revoked with their map, and made only by members who may edit', async () => {
    const app = await testApp();
    await storeMap(app);
    const viewer = await memberCookie(app, 'viewer');
    expect(
      (await call(app, 'POST', '/api/maps/example-laptop-en/shares', {}, { cookie: viewer })).status,
    ).toBe(403);
    const { token } = (await call<Share>(app, 'POST', '/api/maps/example-laptop-en/shares', {})).body;
    expect((await call(app, 'DELETE', '/api/maps/example-laptop-en?version=1')).status).toBe(204);
    expect((await call(app, 'GET', `/api/shared/${token}`, undefined, nobody)).status).toBe(404);
  });
});
