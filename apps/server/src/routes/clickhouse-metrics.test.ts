import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laptopPurchaseMap } from '@opencjm/core';
import {
  type ClickHouseStore,
  clickHouseAvailable,
  importFiles,
  importToClickHouse,
  mapFigures,
  openClickHouse,
  openDuckDbStore,
  parseClickHouseUrl,
  startTestClickHouse,
  type TestClickHouse,
  writeDemoShop,
} from '@opencjm/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, testApp } from '../test-helpers.ts';

// A server started with OPENCJM_CLICKHOUSE_URL serves map figures computed from the events
// in ClickHouse: its own workspace holds the maps but no events at all.
describe.skipIf(!clickHouseAvailable())('map figures from ClickHouse', () => {
  let server: TestClickHouse;
  let events: ClickHouseStore;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    server = await startTestClickHouse();
    const url = server.url.replace(/\/default$/, '/figures');
    events = await openClickHouse(parseClickHouseUrl(url));
    dir = mkdtempSync(join(tmpdir(), 'opencjm-server-ch-'));
    file = (await writeDemoShop(dir, { customers: 150, seed: 8, until: new Date('2026-03-01T00:00:00Z') }))
      .file;
    await importToClickHouse(events, [file]);
    process.env.OPENCJM_CLICKHOUSE_URL = url;
  }, 60_000);
  afterAll(async () => {
    delete process.env.OPENCJM_CLICKHOUSE_URL;
    await events?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers GET /api/maps/:id/metrics with the figures of the ClickHouse events', async () => {
    const app = await testApp({ demo: 'documents' });
    const metrics = await call<{ stages: Record<string, { customers: number }> }>(
      app,
      'GET',
      '/api/maps/example-laptop-en/metrics?window=7d',
    );
    expect(metrics.status).toBe(200);
    const map = laptopPurchaseMap('en');
    // the same file in a DuckDB store gives the same figures (means to 1e-12: sums of doubles)
    const duck = await openDuckDbStore(':memory:');
    await importFiles(duck, [file]);
    const expected = await mapFigures(duck, map, '7d');
    // and over a period, read from ClickHouse too
    const period = { from: '2026-01-15', to: '2026-02-10' };
    const expectedPart = await mapFigures(duck, map, '7d', period);
    duck.close();
    expect(expected.stages.awareness?.customers).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(metrics.body), round)).toEqual(
      JSON.parse(JSON.stringify(expected), round),
    );
    const part = await call(
      app,
      'GET',
      '/api/maps/example-laptop-en/metrics?window=7d&from=2026-01-15&to=2026-02-10',
    );
    expect(part.status).toBe(200);
    expect(expectedPart.stages.awareness?.customers).toBeGreaterThan(0);
    expect(expectedPart.stages.awareness?.customers).toBeLessThan(expected.stages.awareness?.customers ?? 0);
    expect(JSON.parse(JSON.stringify(part.body), round)).toEqual(
      JSON.parse(JSON.stringify(expectedPart), round),
    );
  });
});

/** Rounds numbers to 12 significant digits: the stores add doubles in different orders. */
function round(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value;
}
