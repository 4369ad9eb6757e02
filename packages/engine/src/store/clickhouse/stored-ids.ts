import { randomBytes } from 'node:crypto';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { sqlString } from '../../import/sql.ts';
import { insertJsonFile } from './insert.ts';
import { type ClickHouseStore, chCommand, chRows } from './store.ts';

/** Most ids one lookup holds in memory (a hash set of ~5 M short strings: a few hundred MB). */
const IDS_PER_PASS = 5_000_000;

/**
 * The duplicate check of one staged file, done once for the whole file rather than per
 * batch, so an import reads the store's `event_id` column a bounded number of times
 * however many batches it writes. The staged ids go to a temporary ClickHouse table, and
 * ClickHouse answers which of them the store holds: the hash set of `IN` is built from the
 * smaller side (the store's ids or the file's), in passes of at most IDS_PER_PASS ids by
 * a hash of the id, so memory stays bounded for 50 M rows on either side. An empty store
 * holds nothing: no lookup at all. The answer lands in the staging DuckDB table
 * `stored_ids`, and the rows it names are removed from the staged `events` (the staging
 * workspace is thrown away after the import). Returns how many there were.
 */
export async function dropStoredIds(
  store: ClickHouseStore,
  conn: DuckDBConnection,
  dir: string,
  idsPerPass = IDS_PER_PASS,
): Promise<number> {
  await conn.run('CREATE OR REPLACE TEMP TABLE stored_ids (event_id VARCHAR)');
  const Count = z.object({ n: z.number() });
  // count() of a whole MergeTree table comes from part metadata: cheap
  const storedRows =
    (await chRows(store, `SELECT count() AS n FROM ${store.tables.events}`, null, Count))[0]?.n ?? 0;
  if (storedRows === 0) return 0;
  const stagedRows = Number(
    (await conn.runAndReadAll('SELECT count(*) AS n FROM events')).getRows()[0]?.[0] ?? 0,
  );
  if (stagedRows === 0) return 0;
  const ids = `import_ids_${randomBytes(6).toString('hex')}`;
  await chCommand(store, `CREATE TABLE ${ids} (event_id String) ENGINE = Log`);
  try {
    const out = join(dir, 'staged-ids.json');
    await conn.run(`COPY (SELECT event_id FROM events) TO ${sqlString(out)} (FORMAT json)`);
    await insertJsonFile(store, ids, out);
    const passes = Math.ceil(Math.min(storedRows, stagedRows) / idsPerPass);
    for (let pass = 0; pass < passes; pass++) {
      const part = passes > 1 ? ` AND cityHash64(event_id) % ${passes} = ${pass}` : '';
      // the outer table is read in full, the inner one becomes the hash set; GLOBAL ships
      // the set to the shards when the store's table is Distributed
      const query =
        storedRows <= stagedRows
          ? `SELECT DISTINCT event_id FROM ${ids}
             WHERE event_id IN (SELECT event_id FROM ${store.tables.events} WHERE 1${part})${part}`
          : `SELECT DISTINCT event_id FROM ${store.tables.events}
             WHERE event_id GLOBAL IN (SELECT event_id FROM ${ids} WHERE 1${part})${part}`;
      const found = join(dir, `stored-ids-${pass}.json`);
      const answer = await store.client.exec({ query: `${query} FORMAT JSONEachRow` });
      await pipeline(answer.stream, createWriteStream(found));
      if (statSync(found).size === 0) continue;
      await conn.run(`INSERT INTO stored_ids SELECT event_id
        FROM read_json(${sqlString(found)}, format = 'newline_delimited', columns = {event_id: 'VARCHAR'})`);
    }
  } finally {
    await chCommand(store, `DROP TABLE IF EXISTS ${ids}`);
  }
  const stored = Number((await conn.runAndReadAll('SELECT count(*) FROM stored_ids')).getRows()[0]?.[0] ?? 0);
  if (stored > 0) await conn.run('DELETE FROM events WHERE event_id IN (SELECT event_id FROM stored_ids)');
  return stored;
}
