import { describe, expect, it } from 'vitest';
import { call, testApp } from '../test-helpers.ts';

interface Step {
  id?: string;
  name: string;
  customers: number;
  conversion: number;
  ci: [number, number];
}
interface Metrics {
  stages: Record<string, { customers: number; conversion: number | null; dropOff: number | null }>;
  touchpoints: Record<string, { customers: number }>;
}

describe('analytics routes on the demo workspace', () => {
  it('gives the funnel over the map stages and the same figures as map metrics', async () => {
    const app = await testApp({ demo: true });
    const funnel = await call<{ steps: Step[] }>(
      app,
      'GET',
      '/api/analytics/funnel?map=example-laptop-en&window=30d',
    );
    expect(funnel.status).toBe(200);
    const steps = funnel.body.steps;
    expect(steps.map((s) => s.id)).toEqual(['awareness', 'consideration', 'purchase', 'usage', 'loyalty']);
    expect(steps[0]?.customers).toBeGreaterThan(0);
    expect(steps[0]?.conversion).toBe(1);
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]?.customers).toBeLessThanOrEqual(steps[i - 1]?.customers ?? 0);
    }

    const metrics = await call<Metrics>(app, 'GET', '/api/maps/example-laptop-en/metrics?window=30d');
    expect(metrics.status).toBe(200);
    for (const step of steps) {
      expect(metrics.body.stages[step.id ?? '']?.customers).toBe(step.customers);
    }
    expect(metrics.body.stages.awareness?.dropOff).toBeNull();
    expect(metrics.body.touchpoints['tp-ad']?.customers).toBeGreaterThan(0);
  });

  it('answers DFG, paths, dwell and unmatched events bound to the map', async () => {
    const app = await testApp({ demo: true });
    const dfg = await call<{ edges: { from: string; to: string; count: number }[] }>(
      app,
      'GET',
      '/api/analytics/dfg?map=example-laptop-en',
    );
    expect(dfg.status).toBe(200);
    expect(dfg.body.edges.length).toBeGreaterThan(0);
    const paths = await call<{ paths: { steps: string[] }[] }>(
      app,
      'GET',
      '/api/analytics/paths?map=example-laptop-en&top=3',
    );
    expect(paths.status).toBe(200);
    expect(paths.body.paths.length).toBeLessThanOrEqual(3);
    const dwell = await call<{ rows: unknown[] }>(app, 'GET', '/api/analytics/dwell?map=example-laptop-en');
    expect(dwell.status).toBe(200);
    expect(dwell.body.rows.length).toBeGreaterThan(0);
    const unmatched = await call<{ events: number; matched: number }>(
      app,
      'GET',
      '/api/analytics/unmatched?map=example-laptop-en',
    );
    expect(unmatched.status).toBe(200);
    expect(unmatched.body.matched).toBeGreaterThan(0);
  });

  it('rejects a bad window, a funnel without steps or map, and an unknown map', async () => {
    const app = await testApp({ demo: true });
    const bad = await call<{ error: { code: string } }>(
      app,
      'GET',
      '/api/analytics/funnel?map=example-laptop-en&window=7x',
    );
    expect(bad.status).toBe(400);
    const none = await call<{ error: { code: string } }>(app, 'GET', '/api/analytics/funnel');
    expect(none).toMatchObject({ status: 400, body: { error: { code: 'steps-or-map' } } });
    expect((await call(app, 'GET', '/api/analytics/funnel?map=nope')).status).toBe(404);
    expect((await call(app, 'GET', '/api/maps/nope/metrics')).status).toBe(404);
  });

  it('gives empty results on a workspace without events', async () => {
    const app = await testApp({ demo: 'documents' });
    const funnel = await call<{ steps: Step[] }>(app, 'GET', '/api/analytics/funnel?steps=ad_click,purchase');
    expect(funnel.status).toBe(200);
    expect(funnel.body.steps.map((s) => s.customers)).toEqual([0, 0]);
  });
});

describe('analytics over a period', () => {
  it('reads only the events from `from` to `to`, and names a bad bound in a 400', async () => {
    const app = await testApp({ demo: true });
    type Dfg = { edges: { count: number }[] };
    const all = await call<Dfg>(app, 'GET', '/api/analytics/dfg');
    const wide = await call<Dfg>(app, 'GET', '/api/analytics/dfg?from=1990-01-01&to=2100-01-01');
    const none = await call<Dfg>(app, 'GET', '/api/analytics/dfg?from=2099-01-01');
    expect(all.body.edges.length).toBeGreaterThan(0);
    expect(wide.body).toEqual(all.body);
    expect(none.body.edges).toEqual([]);
    const funnel = await call<{ steps: Step[] }>(
      app,
      'GET',
      '/api/analytics/funnel?map=example-laptop-en&to=1990-01-01',
    );
    expect(funnel.body.steps[0]?.customers).toBe(0);

    const bad = await call<{ error: { code: string; issues: { path: string }[] } }>(
      app,
      'GET',
      '/api/analytics/paths?from=31.12.2025',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'bad-period', issues: [{ path: 'from' }] });
    const reversed = await call<{ error: { issues: { path: string; message: string }[] } }>(
      app,
      'GET',
      '/api/analytics/dwell?from=2026-02-01&to=2026-01-01',
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues[0]).toMatchObject({
      path: 'to',
      message: 'to: `from` must be before `to`',
    });
  });
});
