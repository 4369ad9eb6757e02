import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { funnel } from './funnel.ts';
import { LETTERS_MAP, randomStory } from './random-story.ts';
import { insertStory, type StoryEvent, shopMap } from './story.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
});
afterEach(() => store.close());

const SHOP_STEPS = ['page_view', 'add_to_cart', 'purchase'];

describe('funnel on the shop story', () => {
  beforeEach(() => insertStory(store));

  it('counts customers per step with conversion, drop-off, Wilson interval and times', async () => {
    const result = await funnel(store, { steps: SHOP_STEPS, window: '7d' });
    // everyone views a page; Anna, Chen and Dana add to cart; only Anna buys within 7 days
    expect(result.steps.map((s) => s.customers)).toEqual([4, 3, 1]);
    expect(result.steps[1]).toMatchObject({ conversion: 0.75, dropOff: 1, dropOffRate: 0.25 });
    expect(result.steps[1]?.ci[0]).toBeCloseTo(0.300642, 6);
    expect(result.steps[1]?.ci[1]).toBeCloseTo(0.954413, 6);
    // cart after the view: Anna 120 s, Chen 480 s, Dana 120 s → median 120, p90 120 + .8·360
    expect(result.steps[1]).toMatchObject({ medianSecondsToConvert: 120, p90SecondsToConvert: 408 });
    expect(result.steps[2]).toMatchObject({ medianSecondsToConvert: 360, medianSecondsFromEntry: 480 });
    expect(result.steps[0]).toMatchObject({
      medianSecondsToConvert: null,
      dropOff: 0,
      ci: [expect.any(Number), 1],
    });
  });

  it('lets a longer window count the purchase Chen made nine days later', async () => {
    const result = await funnel(store, { steps: SHOP_STEPS, window: '10d' });
    expect(result.steps.map((s) => s.customers)).toEqual([4, 3, 2]);
  });

  it('counts a one-step funnel', async () => {
    const result = await funnel(store, { steps: ['purch*'] });
    expect(result.steps).toMatchObject([{ name: 'purch*', customers: 2, conversion: 1 }]);
  });

  it('needs the steps in order', async () => {
    const result = await funnel(store, { steps: ['purchase', 'add_to_cart', 'page_view'], window: '30d' });
    expect(result.steps.map((s) => s.customers)).toEqual([2, 0, 0]);
  });

  it('counts the entry giving the furthest progress, not the first one', async () => {
    // with one hour, Anna's first visit (Mar 2) is too early for her cart (Mar 3), her second is not
    const result = await funnel(store, { steps: SHOP_STEPS, window: '1h' });
    expect(result.steps.map((s) => s.customers)).toEqual([4, 3, 1]);
    expect(result.steps[2]?.medianSecondsFromEntry).toBe(480);
  });

  it("runs over the map's stages and breaks down by the entry's channel or property", async () => {
    const result = await funnel(store, { map: shopMap(), window: '30d', breakdown: 'channel' });
    expect(result.steps.map((s) => [s.id, s.customers])).toEqual([
      ['awareness', 3],
      ['consideration', 3],
      ['purchase', 3],
      ['service', 1],
      ['loyalty', 0],
    ]);
    expect(result.breakdown?.groups.map((g) => [g.value, g.steps.map((s) => s.customers)])).toEqual([
      ['email', [2, 2, 2, 1, 0]],
      ['ads', [1, 1, 1, 0, 0]],
    ]);
    const byDevice = await funnel(store, {
      steps: ['add_to_cart', 'purchase'],
      breakdown: 'properties.device',
    });
    expect(byDevice.breakdown?.groups.map((g) => [g.value, g.steps.map((s) => s.customers)])).toEqual([
      ['mobile', [2, 1]],
      ['desktop', [1, 0]],
    ]);
  });

  it('refuses steps and map together, and a map-less stage funnel', async () => {
    await expect(funnel(store, { steps: ['a'], map: shopMap() })).rejects.toMatchObject({
      code: 'steps-or-map',
    });
    await expect(funnel(store, {})).rejects.toMatchObject({ code: 'steps-or-map' });
  });
});

/** The funnel definition, run entry by entry over a customer's ordered events. */
function referenceFunnel(journeys: { event: string; t: number }[][], steps: string[], window: number) {
  const reached = steps.map(() => 0);
  const gaps: number[][] = steps.map(() => []);
  for (const events of journeys) {
    let best: number[] = [];
    events.forEach((e, i) => {
      if (e.event !== steps[0]) return;
      const times = [e.t];
      let at = i;
      for (let j = 1; j < steps.length; j++) {
        const next = events.findIndex((f, q) => q > at && f.event === steps[j]);
        if (next < 0 || (events[next]?.t ?? 0) - e.t > window) break;
        times.push(events[next]?.t ?? 0);
        at = next;
      }
      if (times.length >= best.length) best = times; // ties: the latest entry
    });
    best.forEach((t, j) => {
      reached[j] = (reached[j] ?? 0) + 1;
      if (j > 0) gaps[j]?.push(t - (best[j - 1] ?? 0));
    });
  }
  return { reached, medians: gaps.map((g) => quantile(g, 0.5)) };
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return (s[lo] ?? 0) + ((s[Math.min(lo + 1, s.length - 1)] ?? 0) - (s[lo] ?? 0)) * (pos - lo);
}

describe('funnel against its definition on random journeys', () => {
  it('agrees on every step count and median, with repeated steps and equal timestamps', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const journeys: { event: string; t: number }[][] = [];
    const events: StoryEvent[] = [];
    for (let c = 0; c < 150; c++) {
      const journey = Array.from({ length: Math.floor(random() * 12) }, () => ({
        event: 'ABCD'[Math.floor(random() * 4)] as string,
        t: Math.floor(random() * 40) * 60,
      }));
      // arrival order is shuffled against time; equal times keep arrival order
      for (const e of journey) {
        const at = new Date(Date.UTC(2026, 0, 1) + e.t * 1000).toISOString();
        events.push({ who: `anonymous_id:c${c}`, at, event: e.event });
      }
      journeys.push(journey.map((e, i) => ({ ...e, i })).sort((x, y) => x.t - y.t || x.i - y.i));
    }
    await insertStory(store, events, []);
    for (const steps of [
      ['A', 'B', 'C'],
      ['A', 'B', 'A', 'B'],
      ['B', 'B'],
      ['C', 'A', 'D', 'B'],
    ]) {
      for (const window of [600, 1800]) {
        const expected = referenceFunnel(journeys, steps, window);
        const result = await funnel(store, { steps, window });
        expect(
          result.steps.map((s) => s.customers),
          `${steps} within ${window}`,
        ).toEqual(expected.reached);
        const medians = result.steps.map((s) => s.medianSecondsToConvert);
        expect(medians.slice(1), `${steps} within ${window}`).toEqual(expected.medians.slice(1));
      }
    }
  });
});

describe('funnel read in journey order', () => {
  it('gives the answer of the query that sorts each journey, breakdown by channel included', async () => {
    await insertStory(store, randomStory(7, 300, 'ABCD'), []);
    // a period around every event sends the funnel to the query that sorts per customer
    const allTime = { from: '2000-01-01', to: '2100-01-01' };
    for (const steps of [
      ['A'],
      ['A', 'B', 'C'],
      ['A', 'B', 'A', 'B'],
      ['B', 'B'],
      ['*', 'C', 'D'],
      ['C', 'A', 'D', 'B'],
    ]) {
      for (const window of [900, 3600]) {
        for (const breakdown of [undefined, 'channel']) {
          const streamed = await funnel(store, { steps, window, breakdown });
          const sorted = await funnel(store, { steps, window, breakdown, period: allTime });
          expect(streamed, `${steps} within ${window} by ${breakdown}`).toEqual(sorted);
        }
      }
    }
    // a map binding by event and channel reads the journey order too
    const map = LETTERS_MAP;
    for (const breakdown of [undefined, 'channel']) {
      const streamed = await funnel(store, { map, window: 1800, breakdown });
      expect(streamed).toEqual(await funnel(store, { map, window: 1800, breakdown, period: allTime }));
      expect(streamed.steps[0]?.customers).toBeGreaterThan(0);
    }
  });
});
