import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { call, inject, testApp } from '../test-helpers.ts';

type Answer = { accepted: number; duplicates: number; rejected: { index: number; reason: string }[] };
type Stats = { events: number; customers: number; quarantined: number; lastEventAt: string | null };

async function collectKey(app: FastifyInstance, origins: string[] = []): Promise<string> {
  const created = await call<{ key: string }>(app, 'POST', '/api/keys', {
    name: 'site',
    scope: 'collect',
    origins,
  });
  return created.body.key;
}

const event = (id: string, extra: Record<string, unknown> = {}) => ({
  event_id: id,
  timestamp: '2026-03-01T10:00:00Z',
  anonymous_id: 'anon-1',
  event: 'page_view',
  url: 'https://shop.example/',
  ...extra,
});

const asKey = (key: string, headers: Record<string, string> = {}) => ({
  cookie: null,
  headers: { authorization: `Bearer ${key}`, ...headers },
});

describe('POST /api/collect', () => {
  it('answers 202 once the events are stored; a re-sent event_id is stored once; bad events are rejected by index', async () => {
    const app = await testApp();
    const key = await collectKey(app);
    const first = await call<Answer>(
      app,
      'POST',
      '/api/collect',
      {
        events: [
          event('e1'),
          { event: 'no id' },
          event('e2', { user_id: 'u1', email: 'anna@example.com', event: 'identify' }),
        ],
      },
      asKey(key),
    );
    expect(first.status).toBe(202);
    expect(first.body.accepted).toBe(2);
    expect(first.body.duplicates).toBe(0);
    expect(first.body.rejected.map((r) => r.index)).toEqual([1]);
    expect(first.body.rejected[0]?.reason).toMatch(/event_id/);
    const stats = await call<Stats>(app, 'GET', '/api/stats');
    expect(stats.body).toEqual({
      events: 2,
      customers: 1,
      quarantined: 0,
      lastEventAt: '2026-03-01T10:00:00.000Z',
    });

    const again = await call<Answer>(
      app,
      'POST',
      '/api/collect',
      { events: [event('e1'), event('e3')] },
      asKey(key),
    );
    expect(again.body).toEqual({ accepted: 1, duplicates: 1, rejected: [] });
    expect((await call<Stats>(app, 'GET', '/api/stats')).body.events).toBe(3);
  });

  it('takes the key from the body, as sendBeacon sends it (text/plain)', async () => {
    const app = await testApp();
    const key = await collectKey(app);
    const response = await inject(app, {
      method: 'POST',
      url: '/api/collect',
      cookie: null,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify({ key, events: [event('b1')] }),
    });
    expect(response.statusCode).toBe(202);
    expect(response.json<Answer>().accepted).toBe(1);
  });

  it('needs a collect key: none 401, a wrong one 401, a read key or a session 403', async () => {
    const app = await testApp();
    const body = { events: [event('x')] };
    expect((await call(app, 'POST', '/api/collect', body, { cookie: null })).status).toBe(401);
    expect(
      (await call(app, 'POST', '/api/collect', { ...body, key: 'ocjm_nope' }, { cookie: null })).status,
    ).toBe(401);
    const read = await call<{ key: string }>(app, 'POST', '/api/keys', { name: 'r', scope: 'read' });
    expect((await call(app, 'POST', '/api/collect', body, asKey(read.body.key))).status).toBe(403);
    expect((await call(app, 'POST', '/api/collect', body)).status).toBe(403);
    expect((await call<Stats>(app, 'GET', '/api/stats')).body.events).toBe(0);
  });

  it('answers the site origins listed on the key (CORS) and refuses other sites', async () => {
    const app = await testApp();
    const key = await collectKey(app, ['https://shop.example']);
    const preflight = await inject(app, {
      method: 'OPTIONS',
      url: '/api/collect',
      cookie: null,
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
    const ok = await inject(app, {
      method: 'POST',
      url: '/api/collect',
      payload: { events: [event('c1')] },
      ...asKey(key, { origin: 'https://shop.example' }),
    });
    expect(ok.statusCode).toBe(202);
    expect(ok.headers['access-control-allow-origin']).toBe('https://shop.example');
    const other = await call(
      app,
      'POST',
      '/api/collect',
      { events: [event('c2')] },
      asKey(key, { origin: 'https://evil.example' }),
    );
    expect(other).toEqual({ status: 403, body: { error: { code: 'origin-not-allowed' } } });
  });

  it('limits how fast one key may send (429 with Retry-After)', async () => {
    const app = await testApp({ limits: { collectRate: { perSecond: 1, burst: 20 } } });
    const key = await collectKey(app);
    const post = (k: string) =>
      inject(app, { method: 'POST', url: '/api/collect', payload: { events: [{}] }, ...asKey(k) });
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await post(key));
    expect(answers.slice(0, 20).map((a) => a.statusCode)).toEqual(Array(20).fill(202));
    const limited = answers.find((a) => a.statusCode === 429);
    expect(limited?.json()).toEqual({ error: { code: 'rate-limited' } });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post(await collectKey(app))).statusCode).toBe(202);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const app = await testApp();
    const key = await collectKey(app);
    const big = { events: [event('big', { properties: { blob: 'x'.repeat(1_100_000) } })] };
    expect((await call(app, 'POST', '/api/collect', big, asKey(key))).status).toBe(413);
  });
});

describe('Segment-compatible endpoint', () => {
  it('takes track, identify and page calls and batches with the write key as Basic auth', async () => {
    const app = await testApp();
    const key = await collectKey(app);
    const basic = {
      cookie: null,
      headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
    };
    const page = await call<Answer & { success: boolean }>(
      app,
      'POST',
      '/api/collect/segment/v1/page',
      {
        messageId: 'm1',
        anonymousId: 'a9',
        timestamp: '2026-03-02T09:00:00Z',
        context: { page: { url: 'https://shop.example/p' } },
      },
      basic,
    );
    expect(page.body).toMatchObject({ success: true, accepted: 1 });
    const batch = await call<Answer>(
      app,
      'POST',
      '/api/collect/segment/v1/batch',
      {
        batch: [
          {
            type: 'identify',
            messageId: 'm2',
            anonymousId: 'a9',
            userId: 'u9',
            traits: { email: 'ivan@example.com' },
            timestamp: '2026-03-02T09:01:00Z',
          },
          {
            type: 'track',
            messageId: 'm3',
            userId: 'u9',
            event: 'Order Completed',
            properties: { revenue: 120 },
            timestamp: '2026-03-02T09:05:00Z',
          },
        ],
      },
      basic,
    );
    expect(batch.body).toMatchObject({ accepted: 2, rejected: [] });
    const timeline = await call<{ identifiers: string[]; events: { event: string }[] }>(
      app,
      'GET',
      '/api/analytics/timeline?customer=email:ivan@example.com',
    );
    expect(timeline.body.events.map((e) => e.event)).toEqual(['page_view', 'identify', 'Order Completed']);
    expect(timeline.body.identifiers).toEqual(expect.arrayContaining(['anonymous_id:a9', 'user_id:u9']));
  });
});
