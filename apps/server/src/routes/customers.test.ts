import { describe, expect, it } from 'vitest';
import { call, memberCookie, testApp } from '../test-helpers.ts';

type Stats = { events: number; customers: number };

const event = (
  id: string,
  who: Record<string, string>,
  name = 'page_view',
  extra: Record<string, unknown> = {},
) => ({
  event_id: id,
  timestamp: `2026-02-0${id.length % 9}T10:00:00Z`,
  event: name,
  ...who,
  ...extra,
});

describe('privacy requests', () => {
  it('export everything held about a customer, and delete exactly it: stats drop by their events, analyses no longer see them', async () => {
    const app = await testApp();
    const { key } = (
      await call<{ key: string }>(app, 'POST', '/api/keys', { name: 'site', scope: 'collect' })
    ).body;
    const events = [
      event('a1', { anonymous_id: 'anon-x' }),
      event('a22', { anonymous_id: 'anon-x', email: 'x@example.com' }, 'sign_in'),
      event('a333', { email: 'x@example.com' }, 'purchase', { properties: { note: 'deliver to Baker St' } }),
      event('b1', { anonymous_id: 'anon-y' }),
      event('b22', { anonymous_id: 'anon-y' }, 'purchase'),
    ];
    const sent = await call(
      app,
      'POST',
      '/api/collect',
      { events },
      { cookie: null, headers: { authorization: `Bearer ${key}` } },
    );
    expect(sent.status).toBe(202);
    const before = (await call<Stats>(app, 'GET', '/api/stats')).body;
    expect(before).toMatchObject({ events: 5, customers: 2 });
    const funnelBefore = await call<{ steps: { customers: number }[] }>(
      app,
      'GET',
      '/api/analytics/funnel?steps=page_view,purchase&window=30d',
    );
    expect(funnelBefore.body.steps.map((s) => s.customers)).toEqual([2, 2]);

    const exported = await call<{
      identifiers: string[];
      events: { event_id: string; properties: unknown }[];
    }>(app, 'GET', '/api/customers/X@Example.com/export');
    expect(exported.status).toBe(200);
    expect(exported.body.identifiers).toEqual(['anonymous_id:anon-x', 'email:x@example.com']);
    expect(exported.body.events.map((e) => e.event_id)).toEqual(['a1', 'a22', 'a333']);

    const viewer = await memberCookie(app, 'editor');
    expect(
      (await call(app, 'DELETE', '/api/customers/email:x@example.com', undefined, { cookie: viewer })).status,
    ).toBe(403);
    const deleted = await call(app, 'DELETE', '/api/customers/email:x@example.com');
    expect(deleted.body).toMatchObject({
      events: 3,
      identifiers: ['anonymous_id:anon-x', 'email:x@example.com'],
    });

    expect((await call<Stats>(app, 'GET', '/api/stats')).body).toMatchObject({
      events: before.events - 3,
      customers: 1,
    });
    const funnelAfter = await call<{ steps: { customers: number }[] }>(
      app,
      'GET',
      '/api/analytics/funnel?steps=page_view,purchase&window=30d',
    );
    expect(funnelAfter.body.steps.map((s) => s.customers)).toEqual([1, 1]);
    for (const who of ['anonymous_id:anon-x', 'email:x@example.com'])
      expect((await call(app, 'GET', `/api/analytics/timeline?customer=${who}`)).status).toBe(400);
    expect((await call(app, 'GET', '/api/customers/x@example.com/export')).status).toBe(404);
    const dfg = await call(app, 'GET', '/api/analytics/dfg');
    expect(JSON.stringify(dfg.body)).not.toContain('sign_in');
    const audit = await call<{ items: { action: string }[] }>(app, 'GET', '/api/audit');
    expect(audit.body.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['customer-exported', 'customer-deleted']),
    );
  });
});
