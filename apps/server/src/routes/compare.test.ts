import type { ComparePeriodsResult } from '@opencjm/engine';
import { describe, expect, it } from 'vitest';
import type { MapMetricsBody } from '../schemas/analytics.ts';
import { call, memberCookie, testApp } from '../test-helpers.ts';

const MAP = '/api/maps/example-laptop-en';

describe('GET /api/maps/:id/compare', () => {
  it('splits the demo customers at a date into two funnels that add up to the map funnel', async () => {
    const app = await testApp({ demo: true });
    // demo journeys start in the 90 days before now: the middle leaves customers on both sides
    const at = new Date(Date.now() - 45 * 86_400_000).toISOString();
    const viewer = await memberCookie(app, 'viewer');
    const { status, body } = await call<ComparePeriodsResult>(
      app,
      'GET',
      `${MAP}/compare?at=${encodeURIComponent(at)}&window=30d`,
      undefined,
      { cookie: viewer },
    );
    expect(status).toBe(200);
    const metrics = await call<MapMetricsBody>(app, 'GET', `${MAP}/metrics?window=30d`);
    expect(body.split).toEqual({ kind: 'date', at });
    expect(body.stages.map((s) => s.id)).toEqual(Object.keys(metrics.body.stages));
    expect(body.stages[0]?.a.customers).toBeGreaterThan(0);
    expect(body.stages[0]?.b.customers).toBeGreaterThan(0);
    for (const stage of body.stages) {
      // every customer with a first-stage event is on exactly one side
      expect(stage.a.customers + stage.b.customers).toBe(metrics.body.stages[stage.id]?.customers);
      expect(stage.change.difference).toBeCloseTo(stage.b.conversion - stage.a.conversion, 12);
      expect(stage.change.ci[0]).toBeLessThanOrEqual(stage.change.difference);
      expect(stage.change.ci[1]).toBeGreaterThanOrEqual(stage.change.difference);
      expect(stage.change.significant).toBe(stage.change.ci[0] > 0 || stage.change.ci[1] < 0);
    }
    // k1 (purchase conversion, target 5%) is judged; the NPS KPI is not a conversion
    const purchase = body.stages.find((s) => s.id === 'purchase');
    expect(body.kpis).toEqual([
      expect.objectContaining({
        id: 'k1',
        stage: 'purchase',
        target: 0.05,
        b: purchase?.b.conversion,
        met: (purchase?.b.conversion ?? 0) >= 0.05,
      }),
    ]);
  });

  it('names what is missing or wrong in the split, and answers 404 for an unknown map', async () => {
    const app = await testApp({ demo: true });
    const neither = await call<{ error: { code: string } }>(app, 'GET', `${MAP}/compare`);
    expect(neither).toMatchObject({ status: 400, body: { error: { code: 'date-or-groups' } } });
    const half = await call(app, 'GET', `${MAP}/compare?property=device&a=desktop`);
    expect(half).toMatchObject({
      status: 400,
      body: { error: { code: 'missing-group', issues: [{ path: 'b' }] } },
    });
    const badDate = await call(app, 'GET', `${MAP}/compare?at=yesterday`);
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body)).toContain('at');
    const badWindow = await call(app, 'GET', `${MAP}/compare?at=2026-01-01T00:00:00Z&window=soon`);
    expect(badWindow).toMatchObject({ status: 400, body: { error: { code: 'bad-duration' } } });
    const missing = await call(app, 'GET', '/api/maps/no-such-map/compare?at=2026-01-01T00:00:00Z');
    expect(missing.status).toBe(404);
  });
});
