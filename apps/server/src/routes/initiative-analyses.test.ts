import type { VersionedInitiative } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { call, memberCookie, testApp } from '../test-helpers.ts';

interface Variant {
  name: string;
  control: boolean;
  customers: number;
  conversions: number;
  rate: number;
  lift: number | null;
  ci: [number, number] | null;
  pValue: number | null;
  chanceToWin: number | null;
}
interface Experiment {
  variants: Variant[];
  srm: { pValue: number | null; mismatch: boolean };
  planning: { readEarly: boolean };
  verdict: { code: string; variant: string | null; text: { en: string; ru: string; zh: string } };
}
interface Attribution {
  by: string;
  total: number;
  converted: number;
  unattributed: number;
  channels: { channel: string; conversions: number; share: number }[];
}

const EXPERIMENT = {
  exposure: 'add_to_cart',
  variantProperty: 'checkout_variant',
  control: 'control',
  goal: 'purchase',
  window: '30d',
};

describe('initiative analyses on the demo workspace', () => {
  it('evaluates the planted checkout experiment of an initiative, and refuses one without', async () => {
    const app = await testApp({ demo: true });
    const made = await call<VersionedInitiative>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o2',
      status: 'testing',
      experiment: { ...EXPERIMENT, plannedSample: 100_000 },
    });
    expect(made.status).toBe(201);
    const viewer = await memberCookie(app, 'viewer');
    const { status, body } = await call<Experiment>(
      app,
      'GET',
      `/api/initiatives/${made.body.initiative.id}/experiment`,
      undefined,
      { cookie: viewer },
    );
    expect(status).toBe(200);
    const [control, treatment] = body.variants;
    expect(control).toMatchObject({
      name: 'control',
      control: true,
      lift: null,
      pValue: null,
      chanceToWin: null,
    });
    expect(treatment?.name).toBe('free-delivery');
    // Customers alternate between the variants: the split is even, no sample-ratio mismatch.
    expect(Math.abs((control?.customers ?? 0) - (treatment?.customers ?? 0))).toBeLessThan(60);
    expect(body.srm.mismatch).toBe(false);
    for (const v of body.variants) expect(v.rate).toBeCloseTo(v.conversions / v.customers, 12);
    expect(treatment?.lift).toBeCloseTo((treatment?.rate ?? 0) / (control?.rate ?? 1) - 1, 12);
    // Fewer leave at the delivery options in the treatment: a real, significant lift.
    expect(treatment?.lift).toBeGreaterThan(0.1);
    expect(treatment?.ci?.[0]).toBeGreaterThan(0);
    expect(treatment?.pValue).toBeLessThan(0.01);
    expect(treatment?.chanceToWin).toBeGreaterThan(0.99);
    expect(body.verdict).toMatchObject({ code: 'winner', variant: 'free-delivery' });
    // Far fewer customers than planned: the verdict warns that it is read early.
    expect(body.planning.readEarly).toBe(true);
    expect(body.verdict.text.en).toContain('Read early');

    const plain = await call<VersionedInitiative>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o1',
    });
    const none = await call<{ error: { code: string } }>(
      app,
      'GET',
      `/api/initiatives/${plain.body.initiative.id}/experiment`,
    );
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('no-experiment');
    expect((await call(app, 'GET', '/api/initiatives/unknown/experiment')).status).toBe(404);

    // The initiative the demo plants tells the same story in Russian, without the early-read warning.
    const planted = await call<Experiment>(app, 'GET', '/api/initiatives/demo-free-delivery-ru/experiment');
    expect(planted.body.verdict).toMatchObject({ code: 'winner', variant: 'free-delivery' });
    expect(planted.body.verdict.text.ru).toContain('«free-delivery» конвертирует лучше');
    expect(planted.body.planning.readEarly).toBe(false);
  });

  it('credits the touchpoints of a map with the purchases, each model summing to the total', async () => {
    const app = await testApp({ demo: true });
    for (const model of ['last', 'linear', 'markov']) {
      const { status, body } = await call<Attribution>(
        app,
        'GET',
        `/api/maps/example-laptop-en/attribution?conversion=purchase&model=${model}&lookback=30d`,
      );
      expect(status).toBe(200);
      expect(body.by).toBe('touchpoint');
      expect(body.total).toBe(body.converted - body.unattributed);
      expect(body.total).toBeGreaterThan(0);
      const sum = body.channels.reduce((s, c) => s + c.conversions, 0);
      expect(sum).toBeCloseTo(body.total, 6);
      const touchpoints = new Set(body.channels.map((c) => c.channel));
      expect(touchpoints.has('tp-cart')).toBe(true);
    }
    const bad = await call<{ error: { code: string } }>(
      app,
      'GET',
      '/api/maps/example-laptop-en/attribution?conversion=purchase&model=magic',
    );
    expect(bad.status).toBe(400);
    expect((await call(app, 'GET', '/api/maps/nope/attribution?conversion=purchase')).status).toBe(404);
  });
});
