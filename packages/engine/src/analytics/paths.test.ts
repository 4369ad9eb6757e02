import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { pathFlow } from './paths-flow.ts';
import { topPaths } from './paths-top.ts';
import { insertStory, shopMap } from './story.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store);
});
afterEach(() => store.close());

describe('top paths', () => {
  it('keeps the top N paths and puts the rest in "other", adding up to all customers', async () => {
    const result = await topPaths(store, { by: 'stage', map: shopMap(), limit: 2 });
    expect(result.customers).toBe(4);
    expect(result.paths).toEqual([
      {
        steps: ['awareness', 'consideration', 'awareness', 'consideration', 'purchase', 'loyalty'],
        customers: 1,
        share: 0.25,
      },
      { steps: ['awareness', 'consideration', 'purchase'], customers: 1, share: 0.25 },
    ]);
    expect(result.other).toEqual({ paths: 2, customers: 2, share: 0.5 });
  });

  it('merges repeated steps by default: Boris viewed two pages', async () => {
    const result = await topPaths(store, {});
    expect(result.paths.find((p) => p.steps[0] === 'page_view')?.steps).toEqual(['page_view']);
    const uncollapsed = await topPaths(store, { collapse: false });
    expect(uncollapsed.paths.find((p) => p.steps[0] === 'page_view')?.steps).toEqual([
      'page_view',
      'page_view',
    ]);
  });
});

describe('flows around an event', () => {
  it('follows the next steps after the first page view, with other and drop-off nodes', async () => {
    const flow = await pathFlow(store, { anchor: 'page_view', depth: 3, top: 1 });
    expect(flow.customers).toBe(4);
    for (const step of flow.steps) {
      expect(
        step.nodes.reduce((sum, n) => sum + n.customers, 0),
        `step ${step.step}`,
      ).toBe(4);
      const out = flow.links.filter((l) => l.step === step.step + 1);
      if (step.step < 3) expect(out.reduce((sum, l) => sum + l.customers, 0)).toBe(4);
    }
    // after the first page view: Anna product_view, Boris page_view, Chen and Dana add_to_cart
    expect(flow.steps[1]?.nodes).toEqual([
      { name: 'add_to_cart', kind: 'label', customers: 2 },
      { name: '(other)', kind: 'other', customers: 2 },
    ]);
    // then: Anna product_view, Boris gone, Chen purchase, Dana chat_message
    expect(flow.steps[2]?.nodes).toEqual([
      { name: 'chat_message', kind: 'label', customers: 1 },
      { name: '(other)', kind: 'other', customers: 2 },
      { name: '(drop-off)', kind: 'drop-off', customers: 1 },
    ]);
    // once gone, Boris stays gone; Chen's journey ends after his purchase
    expect(flow.links.filter((l) => l.step === 3 && l.to.kind === 'drop-off')).toEqual([
      {
        step: 3,
        from: { name: '(other)', kind: 'other' },
        to: { name: '(drop-off)', kind: 'drop-off' },
        customers: 1,
      },
      {
        step: 3,
        from: { name: '(drop-off)', kind: 'drop-off' },
        to: { name: '(drop-off)', kind: 'drop-off' },
        customers: 1,
      },
    ]);
  });

  it('walks back from a touchpoint over the map', async () => {
    const flow = await pathFlow(store, {
      anchor: 'tp-cart',
      direction: 'previous',
      depth: 2,
      by: 'touchpoint',
      map: shopMap(),
      top: 3,
    });
    expect(flow.customers).toBe(3);
    expect(flow.steps[1]?.nodes).toEqual([{ name: 'tp-catalog', kind: 'label', customers: 3 }]);
    // before the catalogue: Anna and Dana came from an email, Chen from an ad
    expect(flow.steps[2]?.nodes).toEqual([
      { name: 'tp-email', kind: 'label', customers: 2 },
      { name: 'tp-ads', kind: 'label', customers: 1 },
    ]);
    const empty = await pathFlow(store, { anchor: 'no_such_event' });
    expect(empty).toMatchObject({ customers: 0, links: [] });
  });
});
