import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlParams } from '../analytics/sql/params.ts';
import { insertStory, shopMap } from '../analytics/story.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { boundEventsSql } from './bound-events.ts';
import { bindingReport } from './report.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store);
});
afterEach(() => store.close());

async function labels(map = shopMap()) {
  const p = new SqlParams();
  const sql = `SELECT customer_id, event, touchpoint, stage, stage_no FROM (${boundEventsSql(map, p)}) AS bound_events ORDER BY ts, seq`;
  return (await store.conn.runAndReadAll(sql, p.values)).getRowObjectsJS();
}

describe('binding events to the map', () => {
  it("labels Anna's journey with touchpoints and stages: wildcards, lists, url patterns", async () => {
    const anna = (await labels()).filter((r) => r.customer_id === 'anna');
    expect(anna.map((r) => [r.event, r.touchpoint, r.stage])).toEqual([
      ['ad_click', 'tp-ads', 'awareness'],
      ['page_view', 'tp-catalog', 'consideration'],
      ['product_view', 'tp-product', 'consideration'],
      ['product_view', 'tp-product', 'consideration'],
      ['email_open', 'tp-email', 'awareness'],
      ['page_view', 'tp-catalog', 'consideration'],
      ['add_to_cart', 'tp-cart', 'purchase'],
      ['purchase', 'tp-purchase', 'purchase'],
      ['review', 'tp-review', 'loyalty'],
    ]);
    expect(anna[6]?.stage_no).toBe(3);
  });

  it('lets the first matching touchpoint in map order win', async () => {
    const map = shopMap();
    map.touchpoints.unshift({
      ...map.touchpoints[0],
      id: 'tp-any-view',
      stage: 'awareness',
      match: { event: '*_view' },
    } as (typeof map.touchpoints)[number]);
    const rows = await labels(map);
    expect(rows.filter((r) => r.event === 'product_view').map((r) => r.touchpoint)).toEqual([
      'tp-any-view',
      'tp-any-view',
    ]);
    expect(rows.filter((r) => r.event === 'page_view' && r.touchpoint === 'tp-any-view')).toHaveLength(6);
  });

  it('matches properties, and treats LIKE characters in patterns literally', async () => {
    const map = shopMap();
    map.touchpoints = [
      {
        ...map.touchpoints[0],
        id: 'tp-mobile-cart',
        match: { event: 'add_to_cart', properties: { device: 'mobile' } },
      },
      { ...map.touchpoints[0], id: 'tp-underscore', match: { event: 'add%to_cart' } },
    ] as typeof map.touchpoints;
    const rows = (await labels(map)).filter((r) => r.event === 'add_to_cart');
    expect(rows.map((r) => [r.customer_id, r.touchpoint])).toEqual([
      ['chen', null],
      ['anna', 'tp-mobile-cart'],
      ['dana', 'tp-mobile-cart'],
    ]);
  });

  it('reports coverage per touchpoint and lists unmatched events by frequency', async () => {
    const report = await bindingReport(store, shopMap());
    expect(report).toMatchObject({ events: 21, matched: 18, unmatched: 3 });
    expect(report.unmatchedEvents).toEqual([
      { event: 'chat_message', channel: 'chat', count: 2 },
      { event: 'page_view', channel: 'website', count: 1 },
    ]);
    const byId = Object.fromEntries(report.touchpoints.map((t) => [t.id, [t.events, t.customers]]));
    expect(byId).toEqual({
      'tp-ads': [2, 2],
      'tp-email': [2, 2],
      'tp-catalog': [5, 4],
      'tp-product': [2, 1],
      'tp-cart': [3, 3],
      'tp-purchase': [2, 2],
      'tp-support': [1, 1],
      'tp-review': [1, 1],
    });
  });

  it('binds nothing to a touchpoint without a rule or with an empty rule', async () => {
    const map = shopMap();
    map.touchpoints = [
      { ...map.touchpoints[0], id: 'no-rule', match: undefined },
      { ...map.touchpoints[0], id: 'empty-rule', match: {} },
    ] as typeof map.touchpoints;
    const report = await bindingReport(store, map);
    expect(report.matched).toBe(0);
    expect(report.unmatchedEvents[0]).toEqual({ event: 'page_view', channel: 'website', count: 6 });
  });
});
