import type { DuckDBConnection } from '@duckdb/node-api';
import type { BindingMap } from '../binding/bound-events.ts';

/** The dimensions the journey tables carry, each with its `prev_X`, `X_gap`, `X_last` columns. */
export const JOURNEY_COLUMNS = ['event', 'channel'] as const;
export type JourneyColumn = (typeof JOURNEY_COLUMNS)[number];

/** Layout of the journey tables; a store built with another layout is rebuilt once. */
const JOURNEYS_LAYOUT = 'ordered-1';

/**
 * What the journey tables derive from: `events` only grows (count and last seq), and a
 * stitch rewrites `identity` (count and an order-free hash of its pairs).
 */
const FINGERPRINT_SQL = `
  SELECT concat_ws('/', '${JOURNEYS_LAYOUT}', e.n, e.s, i.n, i.h) AS fingerprint
  FROM (SELECT count(*) AS n, coalesce(max(seq), 0) AS s FROM events) e,
    (SELECT count(*) AS n, coalesce(bit_xor(hash(identifier, customer_id)), 0) AS h FROM identity) i`;

/**
 * `journey_events` is stored in journey order — customer by customer, each by (t, seq) —
 * and numbers its rows in that order: `n`, and `n0`, the `n` of the customer's first
 * event. The funnel reads it front to back with running (streaming) windows instead of
 * sorting per customer on every query (see analytics/funnel-stream-sql.ts); `n0` tells
 * whether a running value still belongs to the current customer.
 */
const eventsSql = () => {
  const per = JOURNEY_COLUMNS.map(
    (c) => `lag(${c} IGNORE NULLS) OVER w AS prev_${c},
      t - lag(CASE WHEN ${c} IS NOT NULL THEN t END IGNORE NULLS) OVER w AS ${c}_gap,
      lead(${c} IGNORE NULLS) OVER w IS NULL AS ${c}_last`,
  );
  return `CREATE OR REPLACE TABLE journey_events AS
    SELECT * EXCLUDE (i), n - i + 1 AS n0 FROM (
      SELECT customer_id, t, seq, event, channel, lead(t) OVER w AS next_t, ${per.join(', ')},
        row_number() OVER w AS i, row_number() OVER (ORDER BY customer_id, t, seq) AS n
      FROM (SELECT customer_id, epoch_us(ts) AS t, seq, event, channel FROM customer_events)
      WINDOW w AS (PARTITION BY customer_id ORDER BY t, seq))
    ORDER BY n`;
};

// Sorting one list of (t, seq, event, channel) structs per customer is several times
// faster than list(x ORDER BY t, seq), which runs a sort per group; seq is unique, so
// (t, seq) decides the order alone.
const PATHS_SQL = `CREATE OR REPLACE TABLE journey_paths AS
  SELECT customer_id, list_transform(evs, x -> x.e) AS events,
    list_transform(list_filter(evs, x -> x.c IS NOT NULL), x -> x.c) AS channels
  FROM (SELECT customer_id, list_sort(list({'t': t, 's': seq, 'e': event, 'c': channel})) AS evs
    FROM journey_events GROUP BY customer_id)`;

/**
 * Rebuilds `journey_events` and `journey_paths` from `customer_events`. Each table is
 * replaced by one statement and the fingerprint is written last, with no transaction around
 * them: on the server the connection is shared by requests, and a statement of another
 * request must never land inside a transaction of ours. A rebuild cut off halfway leaves
 * the old fingerprint, so the next analysis rebuilds again.
 * Call it after an import or a stitch to spare the first analysis the wait; otherwise
 * {@link ensureJourneys} rebuilds on demand.
 */
export async function refreshJourneys(conn: DuckDBConnection): Promise<void> {
  await conn.run(eventsSql());
  await conn.run(PATHS_SQL);
  await conn.run(`CREATE OR REPLACE TABLE journeys_built AS ${FINGERPRINT_SQL}`);
}

/** Rebuilds in progress per connection, so concurrent analyses wait for one rebuild. */
const building = new WeakMap<DuckDBConnection, Promise<void>>();

/** Rebuilds the journey tables when events or identity changed since they were built. */
export async function ensureJourneys(conn: DuckDBConnection): Promise<void> {
  const running = building.get(conn);
  if (running) return running;
  const rows = await conn.runAndReadAll(
    `SELECT (${FINGERPRINT_SQL}) IS NOT DISTINCT FROM (SELECT max(fingerprint) FROM journeys_built) AS fresh`,
  );
  if (rows.getRowObjects()[0]?.fresh === true) return;
  const again = building.get(conn);
  if (again) return again;
  const rebuild = refreshJourneys(conn).finally(() => building.delete(conn));
  building.set(conn, rebuild);
  return rebuild;
}

/** Whether the journey tables carry `by` (the raw event and channel dimensions do). */
export function isJourneyColumn(by: string): by is JourneyColumn {
  return (JOURNEY_COLUMNS as readonly string[]).includes(by);
}

/**
 * Whether the map binds events by name and channel alone — the columns `journey_events`
 * carries — so analyses over its touchpoints and stages can read the journey order instead of sorting.
 */
export function bindsByJourneyColumns(map: BindingMap): boolean {
  return map.touchpoints.every(
    (tp) =>
      tp.match === undefined ||
      (tp.match.source === undefined && tp.match.url === undefined && tp.match.properties === undefined),
  );
}

/**
 * Ranges of `n0` in `journey_events`, two per thread DuckDB runs (threads finishing early
 * take another): each is streamed on one thread. Ranges are cut on `n0`, a customer's first
 * row, so no customer is split.
 */
export async function customerSlices(conn: DuckDBConnection): Promise<[number, number][]> {
  const reader = await conn.runAndReadAll(
    "SELECT coalesce(max(n), 0) AS rows, current_setting('threads') AS threads FROM journey_events",
  );
  const row = reader.getRowObjectsJS()[0];
  const rows = Number(row?.rows ?? 0);
  const count = 2 * Math.max(1, Math.min(16, Number(row?.threads ?? 1)));
  return Array.from({ length: count }, (_, i) => [
    Math.floor((rows * i) / count) + 1,
    i === count - 1 ? rows + 1 : Math.floor((rows * (i + 1)) / count) + 1,
  ]);
}
