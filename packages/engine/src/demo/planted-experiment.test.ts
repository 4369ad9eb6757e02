import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experiment } from '../experiments/experiment.ts';
import type { DuckDbStore } from '../store/duckdb.ts';
import { CHECKOUT_EXPERIMENT } from './journey/checkout.ts';
import { importedDemoShop } from './test-fixtures.ts';

let store: DuckDbStore;
beforeAll(async () => {
  ({ store } = await importedDemoShop());
});
afterAll(() => store.close());

/** Customers and purchasers per variant, counted directly in SQL (no engine statistics). */
async function directCounts(): Promise<Record<string, { customers: number; buyers: number }>> {
  const rows = (
    await store.conn.runAndReadAll(`
      WITH exposed AS (
        SELECT customer_id, min(json_extract_string(properties, '$.checkout_variant')) AS variant, min(ts) AS first
        FROM customer_events WHERE event = 'add_to_cart' AND json_extract_string(properties, '$.checkout_variant') IS NOT NULL
        GROUP BY customer_id)
      SELECT variant, count(*) AS customers,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM customer_events e WHERE e.customer_id = exposed.customer_id
          AND e.event = 'purchase' AND e.ts > exposed.first)) AS buyers
      FROM exposed GROUP BY variant`)
  ).getRowObjectsJson();
  return Object.fromEntries(
    rows.map((r) => [String(r.variant), { customers: Number(r.customers), buyers: Number(r.buyers) }]),
  );
}

describe('the A/B test planted in the demo shop checkout', () => {
  it('splits website carts evenly and lifts purchases in the free-delivery variant', async () => {
    const e = CHECKOUT_EXPERIMENT;
    const result = await experiment(store, {
      exposure: e.exposure,
      variantProperty: e.variantProperty,
      control: e.control,
      goal: 'purchase',
    });
    const direct = await directCounts();
    const [control, treatment] = result.variants;
    expect(control?.name).toBe(e.control);
    expect(treatment?.name).toBe(e.treatment);
    for (const v of result.variants) {
      expect(v.customers).toBe(direct[v.name]?.customers);
      expect(v.conversions).toBe(direct[v.name]?.buyers);
    }
    expect(result.excluded.mixed).toBe(0);
    expect(result.srm.mismatch).toBe(false);
    expect(treatment?.lift).toBeGreaterThan(0.15);
    expect(treatment?.pValue).toBeLessThan(0.001);
    expect(result.verdict).toMatchObject({ code: 'winner', variant: e.treatment });
  });
});
