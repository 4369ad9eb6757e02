import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dfg } from '../../analytics/dfg.ts';
import { dwell } from '../../analytics/dwell.ts';
import { funnel } from '../../analytics/funnel.ts';
import { variants } from '../../analytics/variants.ts';
import { writeDemoShop } from '../../demo/write-demo-shop.ts';
import { importFiles } from '../../import/import-files.ts';
import { nps } from '../../insight/survey/nps.ts';
import { mapFigures } from '../../map-figures/map-figures.ts';
import { type DuckDbStore, openDuckDbStore } from '../duckdb.ts';
import { importToClickHouse } from './import.ts';
import { openClickHouse } from './open.ts';
import { type ClickHouseStore, chRows } from './store.ts';
import { clickHouseAvailable, startTestClickHouse, type TestClickHouse } from './test-server.ts';
import { parseClickHouseUrl } from './url.ts';

const Count = z.object({ n: z.number() });

// Two clickhouse-server processes as two shards of the cluster `opencjm`: events go to
// the Distributed table sharded by the customer each row was stitched to, analyses read
// both shards and answer as DuckDB.
describe.skipIf(!clickHouseAvailable())('ClickHouse on two shards', () => {
  let shardB: TestClickHouse;
  let shardA: TestClickHouse;
  let cluster: ClickHouseStore;
  let local: { a: ClickHouseStore; b: ClickHouseStore };
  let duck: DuckDbStore;
  let dir: string;

  beforeAll(async () => {
    shardB = await startTestClickHouse();
    shardA = await startTestClickHouse({
      cluster: (self) => [
        { host: '127.0.0.1', tcpPort: self.tcpPort },
        { host: '127.0.0.1', tcpPort: shardB.tcpPort },
      ],
    });
    const address = (url: string) => ({ ...parseClickHouseUrl(url), database: 'shop' });
    // each shard gets the store's local tables, then node A the Distributed ones
    local = { a: await openClickHouse(address(shardA.url)), b: await openClickHouse(address(shardB.url)) };
    cluster = await openClickHouse({ ...address(shardA.url), cluster: 'opencjm' });
    dir = mkdtempSync(join(tmpdir(), 'opencjm-shards-'));
    const { file } = await writeDemoShop(dir, {
      customers: 300,
      seed: 21,
      until: new Date('2026-03-01T00:00:00Z'),
    });
    duck = await openDuckDbStore(':memory:');
    await importFiles(duck, [file]);
    await importToClickHouse(cluster, [file]);
  }, 60_000);
  afterAll(async () => {
    duck?.close();
    for (const s of [cluster, local?.a, local?.b]) await s?.close();
    await shardA?.stop();
    await shardB?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('spreads the events over both shards, each customer reference on one shard only', async () => {
    const count = async (s: ClickHouseStore, sql: string) => (await chRows(s, sql, null, Count))[0]?.n ?? 0;
    const [a, b] = [
      await count(local.a, 'SELECT count() AS n FROM events'),
      await count(local.b, 'SELECT count() AS n FROM events'),
    ];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const total = (
      await duck.conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM events')
    ).getRowObjectsJS()[0]?.n;
    expect(a + b).toBe(total);
    const refs = z.object({ customer_ref: z.string() });
    const onA = new Set(
      (await chRows(local.a, 'SELECT DISTINCT customer_ref FROM events', null, refs)).map(
        (r) => r.customer_ref,
      ),
    );
    const onB = await chRows(local.b, 'SELECT DISTINCT customer_ref FROM events', null, refs);
    expect(onB.filter((r) => onA.has(r.customer_ref))).toEqual([]);
  });

  it('keeps each stitched customer on one shard: rows are routed by the customer they were stitched to', async () => {
    const Pair = z.object({ identifier: z.string(), customer_id: z.string() });
    const pairs = await chRows(cluster, 'SELECT identifier, customer_id FROM identity', null, Pair);
    const identity = new Map(pairs.map((r) => [r.identifier, r.customer_id]));
    expect(identity.size).toBeGreaterThan(0);
    const Ref = z.object({ customer_ref: z.string() });
    const customers = async (s: ClickHouseStore) =>
      new Set(
        (await chRows(s, 'SELECT DISTINCT customer_ref FROM events', null, Ref)).map(
          (r) => identity.get(r.customer_ref) ?? r.customer_ref,
        ),
      );
    const onA = await customers(local.a);
    const onB = await customers(local.b);
    expect(onA.size).toBeGreaterThan(0);
    expect(onB.size).toBeGreaterThan(0);
    expect([...onB].filter((c) => onA.has(c))).toEqual([]);
  });

  it('answers funnel, dfg, variants and dwell as DuckDB does, with a map too', async () => {
    const steps = ['page_view', 'add_to_cart', 'checkout_start', 'purchase'];
    expect(await funnel(cluster, { steps, window: '7d' })).toEqual(
      await funnel(duck, { steps, window: '7d' }),
    );
    expect(await dfg(cluster, { by: 'channel' })).toEqual(await dfg(duck, { by: 'channel' }));
    expect(await variants(cluster, { limit: 10 })).toEqual(await variants(duck, { limit: 10 }));
    expect(await dwell(cluster, { by: 'event' })).toEqual(await dwell(duck, { by: 'event' }));
    const map = laptopPurchaseMap('en');
    expect(await funnel(cluster, { map, window: '7d' })).toEqual(await funnel(duck, { map, window: '7d' }));
    expect(await dfg(cluster, { by: 'stage', map })).toEqual(await dfg(duck, { by: 'stage', map }));
    // survey answers and texts on both shards (means rounded: sums of doubles in another order)
    const rounded = (x: unknown) => JSON.parse(JSON.stringify(x), round);
    expect(rounded(await nps(cluster, { map }))).toEqual(rounded(await nps(duck, { map })));
    expect(rounded(await mapFigures(cluster, map, '7d'))).toEqual(rounded(await mapFigures(duck, map, '7d')));
  });
});

/** Rounds numbers to 12 significant digits. */
function round(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value;
}
