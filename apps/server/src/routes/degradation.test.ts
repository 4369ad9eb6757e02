import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { call, inject, testApp } from '../test-helpers.ts';

async function importNdjson(app: FastifyInstance, body: string): Promise<void> {
  const started = await inject(app, {
    method: 'POST',
    url: '/api/imports?name=events.ndjson',
    payload: body,
  });
  const { id } = started.json<{ id: string }>();
  for (let attempt = 0; attempt < 400; attempt++) {
    const { body: status } = await call<{ state: string }>(app, 'GET', `/api/imports/${id}`);
    if (status.state === 'done') return;
    if (status.state === 'failed') throw new Error(JSON.stringify(status));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('import did not finish');
}

describe('input limits', () => {
  it('answers a funnel of 1,000 steps with 400 too-many-steps', async () => {
    const app = await testApp();
    const steps = Array.from({ length: 1000 }, (_, i) => `step${i}`).join(',');
    const { status, body } = await call(app, 'GET', `/api/analytics/funnel?steps=${steps}&window=7d`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'too-many-steps', issues: [{ path: 'steps' }] } });
  });

  it('gives the timeline of a customer whose event properties nest 60 levels deep (the import keeps up to 64)', async () => {
    const app = await testApp();
    const deep = `${'{"a":'.repeat(60)}1${'}'.repeat(60)}`;
    await importNdjson(
      app,
      `{"timestamp":"2026-01-01T10:00:00Z","event":"page_view","user_id":"deep","properties":${deep}}\n`,
    );
    const { status, body } = await call<{ events: { properties: unknown }[] }>(
      app,
      'GET',
      '/api/analytics/timeline?customer=user_id:deep',
    );
    expect([status, body]).toEqual([200, expect.anything()]);
    // From level 32 on, the rest is shown as its JSON text.
    expect(JSON.stringify(body.events[0]?.properties)).toMatch(/:"\{\\"a\\":/);
  });
});

describe('under load', () => {
  it('answers the map list while fifty map analyses wait their turn', async () => {
    const app = await testApp({ demo: true });
    const finished: string[] = [];
    const analyses = Array.from({ length: 50 }, (_, i) =>
      call(app, 'GET', `/api/maps/example-laptop-en/metrics?window=${(i % 5) + 1}d`).then((r) => {
        finished.push(`metrics ${r.status}`);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const list = await call<{ items: unknown[] }>(app, 'GET', '/api/maps');
    finished.push('list');
    await Promise.all(analyses);
    expect(list.body.items).toHaveLength(3);
    expect(finished.indexOf('list')).toBeLessThan(40);
    expect(finished.filter((f) => f === 'metrics 200')).toHaveLength(50);
  });
});
