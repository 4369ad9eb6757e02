import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { dwell } from './dwell.ts';
import { insertStory, shopMap } from './story.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store);
});
afterEach(() => store.close());

describe('dwell time', () => {
  it('measures time until the next event within a 30-minute session, and counts exits', async () => {
    const { rows } = await dwell(store, { map: shopMap() });
    const row = (name: string) => rows.find((r) => r.name === name);
    // product pages: Anna stays 7 min on x1; after x2 nothing happens for 33 h → exit
    expect(row('tp-product')).toMatchObject({
      events: 2,
      measured: 1,
      medianSeconds: 420,
      exits: 1,
      exitRate: 0.5,
      customersLeft: 1,
      journeyEnds: 0,
    });
    // catalogue: 120, 120, 240, 480 s (Dana, Anna, Anna, Chen); Boris's phone page ends his journey
    // median (120 + 240) / 2, p90 at position 3 · 0.9 = 2.7: 240 + 0.7 · 240
    expect(row('tp-catalog')).toMatchObject({
      events: 5,
      customers: 4,
      measured: 4,
      medianSeconds: 180,
      p90Seconds: 408,
      exits: 1,
      customersLeft: 1,
      journeyEnds: 1,
    });
    // the cart: Anna 6 min to pay; Chen leaves for nine days; Dana chats 13 min later
    expect(row('tp-cart')).toMatchObject({ events: 3, measured: 2, medianSeconds: 570, exits: 1 });
    expect(row('tp-review')).toMatchObject({ events: 1, measured: 0, medianSeconds: null, journeyEnds: 1 });
  });

  it('sessionises by the given gap and groups by channel without a map', async () => {
    const { rows } = await dwell(store, { gap: '10m' });
    const chat = rows.find((r) => r.name === 'chat');
    // Dana's chat messages are 25 min apart, then a day before the ticket: both are exits
    expect(chat).toMatchObject({ events: 2, measured: 0, exits: 2, customersLeft: 1 });
    const total = rows.reduce((sum, r) => sum + r.journeyEnds, 0);
    expect(total).toBe(4);
  });
});
