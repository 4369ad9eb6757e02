import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dfg } from '../../analytics/dfg.ts';
import { timeline } from '../../analytics/timeline.ts';
import { writeDemoShop } from '../../demo/write-demo-shop.ts';
import { importFiles } from '../../import/import-files.ts';
import { openDuckDbStore } from '../duckdb.ts';
import { importToClickHouse } from './import.ts';
import { insertBatch, insertJsonFile } from './insert.ts';
import { openClickHouse } from './open.ts';
import { type ClickHouseStore, chRows } from './store.ts';
import { dropStoredIds } from './stored-ids.ts';
import { clickHouseAvailable, startTestClickHouse, type TestClickHouse } from './test-server.ts';
import { parseClickHouseUrl } from './url.ts';

const Count = z.object({ n: z.number() });

describe.skipIf(!clickHouseAvailable())('ClickHouse store', () => {
  let server: TestClickHouse;
  let dir: string;
  let file: string;
  let databases = 0;
  const open = () => openClickHouse({ ...parseClickHouseUrl(server.url), database: `store_${++databases}` });
  const count = async (store: ClickHouseStore, sql: string) => (await chRows(store, sql, null, Count))[0]?.n;

  beforeAll(async () => {
    server = await startTestClickHouse();
    dir = mkdtempSync(join(tmpdir(), 'opencjm-ch-store-'));
    file = (await writeDemoShop(dir, { customers: 150, seed: 3, until: new Date('2026-03-01T00:00:00Z') }))
      .file;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates its database and tables on open, and opening again changes nothing', async () => {
    const store = await open();
    await store.close();
    const again = await openClickHouse(store.address);
    const tables = await chRows(
      again,
      'SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name',
      null,
      z.object({ name: z.string() }),
    );
    expect(tables.map((t) => t.name)).toEqual([
      'customer_events',
      'events',
      'identity',
      'identity_merges',
      'imports',
      'quarantine',
      'stitched',
      'store_version',
    ]);
    expect(await count(again, 'SELECT toInt64(max(version)) AS n FROM store_version')).toBe(2);
    await again.close();
  });

  it('completes a migration cut off after its column was added', async () => {
    const store = await open();
    // as if the process died after step 2's ALTER and before it was recorded
    await store.client.command({ query: 'DROP TABLE store_version' });
    await store.client.command({ query: 'CREATE TABLE store_version (version UInt32) ENGINE = TinyLog' });
    await store.client.command({ query: 'INSERT INTO store_version VALUES (1)' });
    await store.close();
    const again = await openClickHouse(store.address);
    expect(await count(again, 'SELECT toInt64(max(version)) AS n FROM store_version')).toBe(2);
    await again.close();
  });

  it('leaves nothing of a batch that fails at its last row', async () => {
    const store = await open();
    const good = Array.from({ length: 2000 }, (_, i) => ({
      event_id: `e${i}`,
      t: 1_700_000_000_000_000 + i,
      seq: i + 1,
      event: 'page_view',
      customer_ref: `user_id:u${i % 10}`,
      identifiers: [`user_id:u${i % 10}`],
      import_id: 'imp_test',
    }));
    await expect(insertBatch(store, 'events', [...good, { ...good[0], t: 'not a time' }])).rejects.toThrow();
    expect(await count(store, 'SELECT count() AS n FROM events')).toBe(0);
    await store.close();
  });

  it('leaves nothing of a batch file that fails at its last row', async () => {
    const store = await open();
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      event_id: `e${i}`,
      t: 1_700_000_000_000_000 + i,
      seq: i + 1,
      event: 'page_view',
      customer_ref: `user_id:u${i % 10}`,
      identifiers: [`user_id:u${i % 10}`],
      import_id: 'imp_test',
    }));
    const bad = join(dir, 'bad-batch.json');
    writeFileSync(bad, [...rows, { ...rows[0], t: 'not a time' }].map((r) => JSON.stringify(r)).join('\n'));
    await expect(insertJsonFile(store, 'events', bad)).rejects.toThrow();
    expect(await count(store, 'SELECT count() AS n FROM events')).toBe(0);
    const good = join(dir, 'good-batch.json');
    writeFileSync(good, rows.map((r) => JSON.stringify(r)).join('\n'));
    await insertJsonFile(store, 'events', good);
    expect(await count(store, 'SELECT count() AS n FROM events')).toBe(2000);
    await store.close();
  });

  it('finds the stored ids of a staged file in passes, whichever side is larger', async () => {
    const small = join(dir, 'small.csv');
    const large = join(dir, 'large.csv');
    const line = (i: number) =>
      `ev${i},2026-03-01T10:00:${String(i % 60).padStart(2, '0')}Z,c${i % 7},page_view`;
    const header = 'event_id,timestamp,customer_id,event\n';
    writeFileSync(small, header + Array.from({ length: 40 }, (_, i) => line(i * 3)).join('\n'));
    writeFileSync(large, header + Array.from({ length: 100 }, (_, i) => line(i)).join('\n'));
    // a store of 40 ids (0, 3, …, 117) against a staged file of 100 (0 … 99): 34 in both, then the other way round
    for (const [storedFile, stagedFile, expected] of [
      [small, large, 34],
      [large, small, 34],
    ] as const) {
      const store = await open();
      await importToClickHouse(store, [storedFile]);
      const duck = await openDuckDbStore(':memory:');
      await importFiles(duck, [stagedFile], { stitch: false });
      const staged = stagedFile === large ? 100 : 40;
      expect(await dropStoredIds(store, duck.conn, dir, 7), stagedFile).toBe(expected);
      const left = (await duck.conn.runAndReadAll('SELECT event_id FROM events')).getRows();
      const ids = new Set(left.map((r) => String(r[0])));
      expect(ids.size).toBe(staged - expected);
      for (let i = 0; i < 100; i += 3) expect(ids.has(`ev${i}`)).toBe(false);
      duck.close();
      await store.close();
    }
  });

  it('counts a file imported twice as duplicates, as DuckDB does, and stores its events once', async () => {
    const store = await open();
    const duck = await openDuckDbStore(':memory:');
    const first = await importToClickHouse(store, [file]);
    const second = await importToClickHouse(store, [file]);
    await importFiles(duck, [file]);
    const duckSecond = await importFiles(duck, [file]);
    const counts = (s: typeof first) => [s.read, s.accepted, s.quarantined, s.duplicates];
    expect(counts(second)).toEqual(counts(duckSecond));
    expect(second.accepted).toBe(0);
    expect(await count(store, 'SELECT count() AS n FROM events')).toBe(first.accepted);
    expect(await count(store, 'SELECT toInt64(sum(duplicates)) AS n FROM imports')).toBe(second.duplicates);
    duck.close();
    await store.close();
  });

  it('stores every event once in file order when a file goes in many batches', async () => {
    const whole = await open();
    const batched = await open();
    const one = await importToClickHouse(whole, [file]);
    // 97 rows a batch: some twenty batch files, each written while the one before is inserted
    const many = await importToClickHouse(batched, [file], { batchRows: 97 });
    expect(many.accepted).toBe(one.accepted);
    expect(one.accepted).toBeGreaterThan(97 * 10);
    const Row = z.object({ event_id: z.string(), seq: z.number(), t: z.number(), shard_key: z.string() });
    const rows = (s: ClickHouseStore) =>
      chRows(s, 'SELECT event_id, seq, t, shard_key FROM events ORDER BY seq', null, Row);
    expect(await rows(batched)).toEqual(await rows(whole));
    await whole.close();
    await batched.close();
  });

  it('counts bad rows of a file imported twice as DuckDB does: quarantined once, then duplicates', async () => {
    const csv = join(dir, 'with-bad-row.csv');
    writeFileSync(
      csv,
      'timestamp,customer_id,event\n2026-03-01T10:00:00Z,anna,page_view\nnot a time,anna,purchase\n',
    );
    const store = await open();
    const duck = await openDuckDbStore(':memory:');
    const counts = (s: { read: number; accepted: number; quarantined: number; duplicates: number }) => [
      s.read,
      s.accepted,
      s.quarantined,
      s.duplicates,
    ];
    for (let round = 0; round < 2; round++) {
      const local = await importFiles(duck, [csv]);
      const remote = await importToClickHouse(store, [csv]);
      expect(counts(remote), `import ${round + 1}`).toEqual(counts(local));
    }
    expect(await count(store, 'SELECT count() AS n FROM quarantine')).toBe(1);
    duck.close();
    await store.close();
  });

  it('stitches identities exactly as the DuckDB store does', async () => {
    const store = await open();
    const duck = await openDuckDbStore(':memory:');
    await importToClickHouse(store, [file]);
    await importFiles(duck, [file]);
    const Pair = z.object({ identifier: z.string(), customer_id: z.string() });
    const ch = await chRows(
      store,
      'SELECT identifier, customer_id FROM identity ORDER BY identifier',
      null,
      Pair,
    );
    const local = (
      await duck.conn.runAndReadAll('SELECT identifier, customer_id FROM identity ORDER BY identifier')
    )
      .getRowObjectsJS()
      .map((r) => Pair.parse(r));
    expect(ch.length).toBeGreaterThan(0);
    expect(ch).toEqual(local);
    duck.close();
    await store.close();
  });

  it('stitches on open when events arrived after the last stitch', async () => {
    const store = await open();
    await importToClickHouse(store, [file]);
    // an import stopped between its batches and its stitch: two identifiers never linked
    await insertBatch(store, 'events', [
      {
        event_id: 'late-1',
        t: 1_800_000_000_000_000,
        seq: 10_000_000,
        event: 'login',
        customer_ref: 'email:late@example.com',
        identifiers: ['email:late@example.com', 'user_id:late-user'],
        import_id: 'imp_stopped',
      },
    ]);
    const linked =
      "SELECT count() AS n FROM identity WHERE identifier IN ('email:late@example.com', 'user_id:late-user')";
    expect(await count(store, linked)).toBe(0);
    await store.close();
    const reopened = await openClickHouse(store.address);
    expect(await count(reopened, linked)).toBe(2);
    await reopened.close();
  });

  it('refuses what it cannot answer yet with a clear error instead of another answer', async () => {
    const store = await open();
    const map = laptopPurchaseMap('en');
    await expect(dfg(store, { by: 'stage' })).rejects.toMatchObject({ code: 'map-required' });
    await expect(timeline(store, { customer: 'user_id:u1', map })).rejects.toMatchObject({
      code: 'not-on-clickhouse',
    });
    await store.close();
  });
});
