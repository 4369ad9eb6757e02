import { laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlParams } from '../analytics/sql/params.ts';
import { boundEventsSql } from '../binding/bound-events.ts';
import type { DuckDbStore } from '../store/duckdb.ts';
import { DEMO_PLANTED_PROBLEMS } from './planted.ts';
import { importedDemoShop } from './test-fixtures.ts';

const map = laptopPurchaseMap('en');
let store: DuckDbStore;
beforeAll(async () => {
  ({ store } = await importedDemoShop());
});
afterAll(() => store.close());

/** Rows of `sql`, where `bound` is the events bound to the example map. */
async function rows(sql: (bound: string) => string): Promise<Record<string, unknown>[]> {
  const p = new SqlParams('duckdb');
  const bound = `(${boundEventsSql(map, p)}) AS bound`;
  return (await store.conn.runAndReadAll(sql(bound), p.values)).getRowObjectsJson();
}

/** The website's pages, where time to the next event is time spent reading the page. */
const PAGES = ['page_view', 'add_to_cart', 'checkout_start', 'checkout_delivery', 'payment_view'];

const byKey = (list: Record<string, unknown>[], key: string, value: string) =>
  Object.fromEntries(list.map((r) => [String(r[key]), Number(r[value])]));

describe('problems planted in the demo shop, by simple counts on 3000 customers', () => {
  it('names stages and touchpoints of the example map', () => {
    for (const problem of DEMO_PLANTED_PROBLEMS) {
      expect(map.stages.map((s) => s.id)).toContain(problem.stage);
      for (const id of problem.touchpoints) expect(map.touchpoints.map((t) => t.id)).toContain(id);
    }
    expect(new Set(DEMO_PLANTED_PROBLEMS.map((p) => p.kind)).size).toBe(4);
  });

  it('loses far more customers after Purchase than after any other stage', async () => {
    const lost = byKey(
      await rows(
        (bound) => `WITH reach AS (SELECT DISTINCT customer_id, stage_no, stage FROM ${bound})
        SELECT a.stage, 1 - count(b.customer_id) / count(*) AS lost
        FROM reach a LEFT JOIN reach b ON b.customer_id = a.customer_id AND b.stage_no = a.stage_no + 1
        WHERE a.stage <> 'loyalty' GROUP BY a.stage`,
      ),
      'stage',
      'lost',
    );
    const { purchase, ...others } = lost;
    expect(purchase).toBeGreaterThan(0.4);
    for (const [stage, share] of Object.entries(others)) expect(purchase, stage).toBeGreaterThan(2.5 * share);
  });

  it('keeps customers on the payment page far longer than on any other page of the site', async () => {
    // Retried payment views are quick, so the slow 60% show in the upper tail: the p90.
    const dwell = await rows(
      (bound) => `SELECT touchpoint, median(gap) AS median, quantile_cont(gap, 0.9) AS p90 FROM (
          SELECT touchpoint, event, epoch(lead(ts) OVER (PARTITION BY customer_id ORDER BY ts, seq)) - epoch(ts) AS gap
          FROM ${bound}) WHERE event IN ('${PAGES.join("', '")}') AND gap <= 1800 GROUP BY touchpoint`,
    );
    const p90 = byKey(dwell, 'touchpoint', 'p90');
    const median = byKey(dwell, 'touchpoint', 'median');
    const { 'tp-payment': payment = 0, ...others } = p90;
    expect(payment).toBeGreaterThan(600);
    for (const [tp, seconds] of Object.entries(others)) {
      expect(payment, tp).toBeGreaterThan(2 * seconds);
      expect(median['tp-payment'], tp).toBeGreaterThan(median[tp] ?? 0);
    }
  });

  it('has customers re-entering the payment form again and again, and no other checkout step', async () => {
    const [loop] = await rows(
      (bound) => `WITH per AS (SELECT customer_id, event, count(*) AS n FROM ${bound}
          WHERE event IN ('payment_view', 'add_to_cart', 'checkout_start', 'checkout_delivery') GROUP BY ALL)
        SELECT avg((n >= 2)::INTEGER) FILTER (WHERE event = 'payment_view') AS twice,
          avg((n >= 3)::INTEGER) FILTER (WHERE event = 'payment_view') AS thrice,
          (max(n) FILTER (WHERE event <> 'payment_view'))::INTEGER AS other_max FROM per`,
    );
    expect(loop?.twice).toBeGreaterThan(0.2);
    expect(loop?.thrice).toBeGreaterThan(0.08);
    expect(loop?.other_max).toBe(1);
  });

  it('answers CSAT badly on delivery tickets only', async () => {
    const sql = `SELECT properties->>'topic' AS topic, avg(score) AS csat, avg((score <= 2)::INTEGER) AS low
      FROM events WHERE event = 'survey_csat' GROUP BY topic`;
    const list = (await store.conn.runAndReadAll(sql)).getRowObjectsJson();
    const csat = byKey(list, 'topic', 'csat');
    const low = byKey(list, 'topic', 'low');
    expect(Object.keys(csat).sort()).toEqual(['delivery', 'hardware', 'invoice', 'setup']);
    expect(csat.delivery).toBeLessThan(2.2);
    expect(low.delivery).toBeGreaterThan(0.6);
    for (const topic of ['hardware', 'invoice', 'setup']) {
      expect(csat[topic], topic).toBeGreaterThan(3.8);
      expect(low[topic], topic).toBeLessThan(0.15);
    }
  });
});
