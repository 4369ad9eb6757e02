import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from './duckdb.ts';
import { migrateStore, STORE_MIGRATIONS } from './schema.ts';

describe('DuckDB store', () => {
  it('creates the schema once and reopens a workspace without re-running migrations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opencjm-store-'));
    const store = await openDuckDbStore(dir);
    const last = STORE_MIGRATIONS.at(-1)?.version;
    expect(await migrateStore(store.conn)).toBe(last);
    store.close();
    const again = await openDuckDbStore(dir);
    const rows = (await again.conn.runAndReadAll('SELECT count(*) AS n FROM store_version')).getRowObjects();
    expect(Number(rows[0]?.n)).toBe(STORE_MIGRATIONS.length);
    again.close();
  });

  it('reads events through the customer_events view with the stitched customer', async () => {
    const store = await openDuckDbStore(':memory:');
    await store.conn.run(`INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, import_id)
      VALUES ('e1', '2026-01-01T10:00:00+03:00', 1, 'ad_click', 'anonymous_id:a1', ['anonymous_id:a1'], 'i1')`);
    await store.conn.run(`INSERT INTO identity VALUES ('anonymous_id:a1', 'anna')`);
    const rows = (
      await store.conn.runAndReadAll('SELECT customer_id, event FROM customer_events')
    ).getRowObjects();
    expect(rows).toEqual([{ customer_id: 'anna', event: 'ad_click' }]);
    store.close();
  });
});
