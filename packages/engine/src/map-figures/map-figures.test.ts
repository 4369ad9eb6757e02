import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStory } from '../analytics/story.ts';
import { checkoutMap, PAIN_STORY } from '../insight/stories/pain-story.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { mapFigures } from './map-figures.ts';

let store: DuckDbStore;
beforeAll(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store, PAIN_STORY, []);
});
afterAll(() => store.close());

describe('mapFigures', () => {
  it('gives each stage its customers, conversion from the first stage and drop-off from the previous one', async () => {
    const figures = await mapFigures(store, checkoutMap(), '30d');
    // The checkout story: 30 customers see the ad and the catalog, 20 reach payment, 10 of
    // them never get to enjoy the laptop.
    const stages = ['discover', 'choose', 'pay', 'enjoy'].map((id) => figures.stages[id]);
    expect(stages.map((s) => s?.customers)).toEqual([30, 30, 20, 10]);
    expect(stages.map((s) => s?.dropOff)).toEqual([null, 0, 1 / 3, 0.5]);
    expect(stages[2]?.conversion).toBeCloseTo(20 / 30, 12);
    expect(stages[3]?.conversion).toBeCloseTo(10 / 30, 12);
    expect(figures.windowSeconds).toBe(30 * 86_400);
  });

  it('gives the data emotion per stage and the customers of each touchpoint', async () => {
    const figures = await mapFigures(store, checkoutMap(), '30d');
    // CSAT at checkout is low (2, 2, 1, 3, 2, 1): the "pay" stage feels worse than "enjoy".
    const pay = figures.stages.pay;
    const enjoy = figures.stages.enjoy;
    expect(pay?.emotionN).toBeGreaterThan(0);
    expect(pay?.emotion ?? 0).toBeLessThan(enjoy?.emotion ?? 0);
    expect(Object.values(figures.touchpoints).some((tp) => tp.customers > 0)).toBe(true);
  });
});
