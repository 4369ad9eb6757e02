import type { DuckDbStore } from '../store/duckdb.ts';

/**
 * Test support for the period property tests: the middle half of a store's distinct event
 * instants as a period (ISO strings, `to` excluded), and a store cut to a period.
 */
export async function middleHalf(store: DuckDbStore): Promise<{ from: string; to: string }> {
  const rows = await store.conn.runAndReadAll(
    `SELECT DISTINCT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ') AS t FROM events ORDER BY t`,
  );
  const times = rows.getRowObjectsJS().map((row) => String(row.t));
  return {
    from: times[Math.floor(times.length / 4)] as string,
    to: times[Math.floor((times.length * 3) / 4)] as string,
  };
}

/** Deletes the events outside `period` from `store` (test data only). */
export async function cutTo(store: DuckDbStore, period: { from: string; to: string }): Promise<void> {
  await store.conn.run(
    'DELETE FROM events WHERE ts < CAST($1 AS TIMESTAMPTZ) OR ts >= CAST($2 AS TIMESTAMPTZ)',
    [period.from, period.to],
  );
}

/** How many events `store` holds. */
export async function eventCount(store: DuckDbStore): Promise<number> {
  const rows = await store.conn.runAndReadAll('SELECT count(*) AS n FROM events');
  return Number(rows.getRowObjectsJS()[0]?.n);
}
