import { describe, expect, it } from 'vitest';
import { call, inject, testApp } from '../test-helpers.ts';

interface Figures {
  stages: Record<string, { customers: number; emotion: number | null }>;
  touchpoints: Record<string, { customers: number }>;
}
interface Step {
  id?: string;
  customers: number;
}
type Refusal = { error: { code: string; issues: { path: string; message: string }[] } };

const metrics = '/api/maps/example-laptop-en/metrics';
/** A day `days` before today, as YYYY-MM-DD: the demo's data runs over the 90 days to now. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('GET /api/maps/:id/metrics over a period', () => {
  it('gives the figures of the funnel over the same period, fewer than all time, and all time by default', async () => {
    const app = await testApp({ demo: true });
    const from = daysAgo(45);
    const to = daysAgo(15);
    const all = await call<Figures>(app, 'GET', `${metrics}?window=30d`);
    const part = await call<Figures>(app, 'GET', `${metrics}?window=30d&from=${from}&to=${to}`);
    const funnel = await call<{ steps: Step[] }>(
      app,
      'GET',
      `/api/analytics/funnel?map=example-laptop-en&window=30d&from=${from}&to=${to}`,
    );
    expect(part.status).toBe(200);
    for (const step of funnel.body.steps)
      expect(part.body.stages[step.id ?? '']?.customers).toBe(step.customers);
    const first = funnel.body.steps[0]?.id ?? '';
    expect(part.body.stages[first]?.customers).toBeGreaterThan(0);
    expect(part.body.stages[first]?.customers).toBeLessThan(all.body.stages[first]?.customers ?? 0);
    expect(part.body.touchpoints['tp-ad']?.customers).toBeLessThan(
      all.body.touchpoints['tp-ad']?.customers ?? 0,
    );

    // a period holding all the data gives the all-time figures; one before it, none
    const wide = await call<Figures>(app, 'GET', `${metrics}?window=30d&from=1990-01-01&to=2100-01-01`);
    // (counts exactly; DuckDB sums the emotion's floats in parallel, in no fixed order)
    const counts = (f: Figures) =>
      [f.stages, f.touchpoints].map((places) => Object.entries(places).map(([id, p]) => [id, p.customers]));
    expect(counts(wide.body)).toEqual(counts(all.body));
    for (const [id, place] of Object.entries(all.body.stages))
      expect(wide.body.stages[id]?.emotion ?? 0).toBeCloseTo(place.emotion ?? 0, 9);
    const before = await call<Figures>(app, 'GET', `${metrics}?window=30d&to=1990-01-01`);
    expect(Object.values(before.body.stages).every((s) => s.customers === 0)).toBe(true);
  });

  it('refuses a bad or reversed bound as the analytics do: 400 bad-period naming the field', async () => {
    const app = await testApp({ demo: true });
    const bad = await call<Refusal>(app, 'GET', `${metrics}?from=31.12.2025`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'bad-period', issues: [{ path: 'from' }] });
    const reversed = await call<Refusal>(app, 'GET', `${metrics}?from=2026-02-01&to=2026-01-01`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues[0]).toMatchObject({
      path: 'to',
      message: 'to: `from` must be before `to`',
    });
  });

  it('is documented in OpenAPI with its `from` and `to`', async () => {
    const app = await testApp();
    const spec = await call<{
      paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>;
    }>(app, 'GET', '/api/openapi.json');
    for (const path of ['/api/maps/{id}/metrics', '/api/maps/{id}/export']) {
      const names = spec.body.paths[path]?.get.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['from', 'to']));
    }
  });
});

describe('GET /api/maps/:id/export?withData=true over a period', () => {
  it('carries the figures of the period and names the period beside them', async () => {
    const app = await testApp({ demo: true });
    const from = daysAgo(45);
    const to = daysAgo(15);
    const url = '/api/maps/example-laptop-en/export?format=md&withData=true&window=30d';
    const part = await call<Figures>(app, 'GET', `${metrics}?window=30d&from=${from}&to=${to}`);
    const map = await call<{ map: { stages: { id: string; name: string }[] } }>(
      app,
      'GET',
      '/api/maps/example-laptop-en',
    );
    const md = await inject(app, { method: 'GET', url: `${url}&from=${from}&to=${to}` });
    expect(md.statusCode).toBe(200);
    for (const stage of map.body.map.stages) {
      const customers = part.body.stages[stage.id]?.customers ?? -1;
      expect(md.body).toContain(`| ${stage.name} | ${customers.toLocaleString('en-US')} |`);
    }
    const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
    const last = new Date(Date.parse(to) - 86_400_000);
    const range = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
      new Date(from),
      last,
    );
    expect(plain(md.body)).toContain(plain(`Period: ${range} · Conversion window: 30 days`));

    const allTime = await inject(app, { method: 'GET', url });
    expect(allTime.body).toContain('Period: all time · Conversion window: 30 days');

    const bad = await call<Refusal>(app, 'GET', `${url}&to=2026-13-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'bad-period', issues: [{ path: 'to' }] });
  });
});
