import { LANGUAGES, laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindingReport } from '../binding/report.ts';
import { importFiles } from '../import/import-files.ts';
import type { DuckDbStore } from '../store/duckdb.ts';
import type { DemoShopSummary } from './options.ts';
import { importedDemoShop } from './test-fixtures.ts';

let store: DuckDbStore;
let summary: DemoShopSummary;
beforeAll(async () => {
  ({ store, summary } = await importedDemoShop());
});
afterAll(() => store.close());

async function one(sql: string): Promise<Record<string, unknown>> {
  return (await store.conn.runAndReadAll(sql)).getRowObjectsJson()[0] ?? {};
}

describe('the demo shop in the engine', () => {
  it('imports with no options: every line accepted, one stitched customer per invented one', async () => {
    const counts = await one(`SELECT (SELECT count(*) FROM events)::INTEGER AS events,
      (SELECT count(*) FROM quarantine)::INTEGER AS quarantined,
      (SELECT count(DISTINCT customer_id) FROM customer_events)::INTEGER AS customers`);
    expect(counts).toEqual({ events: summary.events, quarantined: 0, customers: 3000 });
    const again = await importFiles(store, [summary.file]);
    expect(again).toMatchObject({ accepted: 0, duplicates: summary.events });
  });

  it('keeps the customer attributes and survey fields in properties', async () => {
    const row = await one(`SELECT properties->>'_segment' AS segment, properties->>'question' AS question,
        (properties->>'age')::INTEGER > 0 AS aged, score, text IS NOT NULL AS commented
      FROM events WHERE event = 'survey_csat' AND text IS NOT NULL LIMIT 1`);
    expect(row).toMatchObject({ question: 'csat', aged: true, commented: true });
    expect(row.segment).toBeTypeOf('string');
  });

  it.each(LANGUAGES)('binds every event to a touchpoint and stage of the %s example map', async (lang) => {
    const map = laptopPurchaseMap(lang);
    const report = await bindingReport(store, map);
    expect(report).toMatchObject({ events: summary.events, unmatched: 0, unmatchedEvents: [] });
    const idle = report.touchpoints.filter((tp) => tp.events === 0).map((tp) => tp.id);
    expect(idle).toEqual([]);
    expect(report.touchpoints.every((tp) => map.stages.some((s) => s.id === tp.stage))).toBe(true);
  });
});
