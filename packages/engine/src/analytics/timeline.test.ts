import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { insertStory, shopMap } from './story.ts';
import { timeline } from './timeline.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store);
});
afterEach(() => store.close());

describe("a customer's timeline", () => {
  it("shows Anna's journey across channels in time order with her stitched identifiers", async () => {
    const anna = await timeline(store, { customer: 'anna', map: shopMap() });
    expect(anna.identifiers).toEqual(['anonymous_id:anna-web', 'email:anna@example.com', 'user_id:1001']);
    expect(anna.events.map((e) => [e.ts, e.event, e.channel, e.identifier])).toEqual([
      ['2026-03-02T07:00:00.000Z', 'ad_click', 'ads', 'anonymous_id:anna-web'],
      ['2026-03-02T07:01:00.000Z', 'page_view', 'website', 'anonymous_id:anna-web'],
      ['2026-03-02T07:05:00.000Z', 'product_view', 'website', 'anonymous_id:anna-web'],
      ['2026-03-02T07:12:00.000Z', 'product_view', 'website', 'anonymous_id:anna-web'],
      ['2026-03-03T17:00:00.000Z', 'email_open', 'email', 'email:anna@example.com'],
      ['2026-03-03T17:02:00.000Z', 'page_view', 'website', 'anonymous_id:anna-web'],
      ['2026-03-03T17:04:00.000Z', 'add_to_cart', 'website', 'user_id:1001'],
      ['2026-03-03T17:10:00.000Z', 'purchase', 'website', 'user_id:1001'],
      ['2026-03-10T09:00:00.000Z', 'review', 'reviews', 'email:anna@example.com'],
    ]);
    expect(anna.events[6]).toMatchObject({
      touchpoint: 'tp-cart',
      stage: 'purchase',
      properties: { device: 'mobile' },
    });
    expect(anna.events[8]).toMatchObject({
      score: 5,
      text: 'Great laptop, fast delivery',
      importId: 'story',
    });
  });

  it('finds the customer by any identifier, and names an unknown one', async () => {
    const byEmail = await timeline(store, { customer: 'email:anna@example.com' });
    expect(byEmail.customer).toBe('anna');
    expect(byEmail.events).toHaveLength(9);
    expect(byEmail.events[0]?.touchpoint).toBeNull();
    await expect(timeline(store, { customer: 'nobody' })).rejects.toMatchObject({ code: 'unknown-customer' });
  });

  it('finds the customer by a plain e-mail address or a typed identifier written as people write it', async () => {
    for (const customer of ['Anna@Example.com', ' email:ANNA@example.com ', 'user_id:1001'])
      expect((await timeline(store, { customer })).identifiers).toEqual([
        'anonymous_id:anna-web',
        'email:anna@example.com',
        'user_id:1001',
      ]);
  });
});
