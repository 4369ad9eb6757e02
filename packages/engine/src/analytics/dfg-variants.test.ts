import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { dfg } from './dfg.ts';
import { insertStory, shopMap } from './story.ts';
import { variants } from './variants.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store);
});
afterEach(() => store.close());

describe('directly-follows graph on the shop story', () => {
  it('counts consecutive activities of the stitched customer, in time order', async () => {
    const graph = await dfg(store);
    const edge = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);
    // Anna's events came through three identifiers and out of arrival order
    expect(edge('product_view', 'product_view')).toEqual({
      from: 'product_view',
      to: 'product_view',
      count: 1,
      medianSeconds: 420,
      meanSeconds: 420,
    });
    // ad_click → page_view: Anna 60 s, Chen 120 s
    expect(edge('ad_click', 'page_view')).toMatchObject({ count: 2, medianSeconds: 90, meanSeconds: 90 });
    expect(edge('page_view', 'add_to_cart')).toMatchObject({ count: 3 });
    expect(graph.start).toEqual({ ad_click: 2, email_open: 1, page_view: 1 });
    expect(graph.end).toEqual({ page_view: 1, purchase: 1, review: 1, support_ticket: 1 });
    const pairs = graph.edges.reduce((sum, e) => sum + e.count, 0);
    expect(pairs).toBe(21 - 4);
  });

  it('runs over stages and touchpoints through the map, skipping unbound events', async () => {
    const graph = await dfg(store, { by: 'stage', map: shopMap() });
    expect(graph.start).toEqual({ awareness: 3, consideration: 1 });
    // Dana: awareness → consideration → purchase → (chat unbound) → service
    expect(graph.edges.find((e) => e.from === 'purchase' && e.to === 'service')).toMatchObject({
      count: 1,
      medianSeconds: 26 * 3600 - 7 * 60,
    });
    await expect(dfg(store, { by: 'touchpoint' })).rejects.toMatchObject({ code: 'map-required' });
  });
});

describe('variants on the shop story', () => {
  it('lists whole journeys by count, then by activities', async () => {
    const result = await variants(store);
    expect(result.total).toBe(4);
    expect(result.distinct).toBe(4);
    expect(result.variants.map((v) => v.activities[0])).toEqual([
      'ad_click',
      'ad_click',
      'email_open',
      'page_view',
    ]);
    expect(result.variants[3]).toEqual({ activities: ['page_view', 'page_view'], count: 1 });
  });

  it('merges repeats on request and groups customers who share a journey', async () => {
    const result = await variants(store, { by: 'stage', map: shopMap(), collapse: true });
    // ties on count are ordered by the activities, element by element
    expect(result.variants).toEqual([
      {
        activities: ['awareness', 'consideration', 'awareness', 'consideration', 'purchase', 'loyalty'],
        count: 1,
      },
      { activities: ['awareness', 'consideration', 'purchase'], count: 1 },
      { activities: ['awareness', 'consideration', 'purchase', 'service'], count: 1 },
      { activities: ['consideration'], count: 1 },
    ]);
    const top = await variants(store, { by: 'channel', collapse: true, limit: 1 });
    expect(top).toMatchObject({ total: 4, distinct: 4 });
    expect(top.variants).toHaveLength(1);
  });
});
