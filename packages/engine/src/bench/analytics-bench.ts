import { pathToFileURL } from 'node:url';
import { dfg } from '../analytics/dfg.ts';
import { dwell } from '../analytics/dwell.ts';
import { funnel } from '../analytics/funnel.ts';
import { topPaths } from '../analytics/paths-top.ts';
import { bindingMap } from '../analytics/random-story.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { refreshJourneys } from '../store/journeys.ts';

/** Settings of the analytics bench, from `--events N` (customers: one per ten events). */
export interface AnalyticsBenchArgs {
  events: number;
  customers: number;
  runs: number;
}

/** Reads `--events N` (default 10,000,000) and `--runs N` (default 2; the best run counts). */
export function parseAnalyticsBenchArgs(argv: readonly string[]): AnalyticsBenchArgs {
  const number = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    const value = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${flag} needs a positive integer`);
    return value;
  };
  const events = number('--events', 10_000_000);
  return { events, customers: Math.max(1, Math.round(events / 10)), runs: number('--runs', 2) };
}

/**
 * Fills the store with a shop-like log made in DuckDB SQL: event i belongs to customer
 * hash(i) mod C at a point u ∈ [0, 1) of that customer's journey of up to two weeks (which
 * starts on a customer-chosen day of 2025), and u plus noise picks the event, so ads and views come
 * early and purchases and reviews late. Everything derives from `hash` of fixed seeds, so
 * every run builds the same data (hashes are cast to BIGINT at once: UBIGINT arithmetic is
 * many times slower in DuckDB). Seven customers in ten browse anonymously and log in,
 * stitched through `identity`; the others stay two anonymous-looking customers.
 */
export async function generateShopEvents(
  store: DuckDbStore,
  events: number,
  customers: number,
): Promise<void> {
  await store.conn.run(`
    INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, channel, value, import_id, line)
    SELECT i::VARCHAR,
      to_timestamp(1735689600 + (hash(c * 3 + 1) % 25920000)::BIGINT + (u * (hash(c * 5 + 2) % 1209600)::BIGINT)::BIGINT),
      i, ev, ref, [ref],
      CASE ev WHEN 'ad_click' THEN 'ads' WHEN 'email_open' THEN 'email' WHEN 'review' THEN 'reviews'
        WHEN 'support_ticket' THEN 'support' ELSE 'website' END,
      CASE WHEN ev = 'purchase' THEN 100 END, 'bench', i
    FROM (
      SELECT i, c, u, CASE WHEN hash(i * 11 + 4) % 2 = 0 THEN 'anonymous_id:a' ELSE 'user_id:u' END || c AS ref,
        CASE WHEN s < 0.12 THEN 'ad_click' WHEN s < 0.2 THEN 'email_open' WHEN s < 0.45 THEN 'page_view'
          WHEN s < 0.6 THEN 'product_view' WHEN s < 0.7 THEN 'add_to_cart' WHEN s < 0.78 THEN 'checkout'
          WHEN s < 0.85 THEN 'purchase' WHEN s < 0.93 THEN 'review' ELSE 'support_ticket' END AS ev
      FROM (
        SELECT i, c, u, least(0.999, u * 0.8 + (hash(i * 13 + 3) % 1000)::BIGINT / 1000.0 * 0.3) AS s
        FROM (SELECT i, (hash(i * 7 + 7) % ${customers})::BIGINT AS c, (hash(i * 17 + 5) % 1000000)::BIGINT / 1e6 AS u
          FROM range(${events}) AS r(i))))`);
  await store.conn.run(`
    INSERT INTO identity
    SELECT prefix || c, 'c' || c FROM range(${customers}) AS r(c), (VALUES ('anonymous_id:a'), ('user_id:u')) AS p(prefix)
    WHERE c % 10 < 7`);
}

/** A map over the shop log: four stages, touchpoints bound by event name and channel. */
const SHOP_MAP = bindingMap(
  ['aware', 'consider', 'buy', 'after'],
  [
    ['ad', 'aware', { event: 'ad_click', channel: 'ads' }],
    ['mail', 'aware', { event: 'email_open' }],
    ['browse', 'consider', { event: ['page_view', 'product_view'] }],
    ['cart', 'buy', { event: ['add_to_cart', 'checkout'] }],
    ['order', 'buy', { event: 'purchase' }],
    ['care', 'after', { event: ['review', 'support_ticket'] }],
  ],
);

/** A bare DuckDB scan that reads every value of the given customer_events columns. */
function bareScan(columns: readonly string[]): string {
  const read = columns.map((c) =>
    c === 'ts' ? 'max(epoch_us(ts))' : c === 'seq' ? 'sum(seq)' : `max(length(${c}))`,
  );
  return `SELECT ${read.join(', ')} FROM customer_events`;
}

async function best(runs: number, work: () => Promise<unknown>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    fastest = Math.min(fastest, (performance.now() - started) / 1000);
  }
  return fastest;
}

interface Case {
  name: string;
  target: number;
  columns: readonly string[];
  run: (store: DuckDbStore) => Promise<unknown>;
}

const CASES: readonly Case[] = [
  {
    name: 'funnel (4 steps, 7d)',
    target: 1,
    columns: ['customer_id', 'event', 'ts', 'seq'],
    run: (store) =>
      funnel(store, { steps: ['page_view', 'add_to_cart', 'checkout', 'purchase'], window: '7d' }),
  },
  {
    name: 'funnel (map stages, 7d)',
    target: 1,
    columns: ['customer_id', 'event', 'channel', 'ts', 'seq'],
    run: (store) => funnel(store, { map: SHOP_MAP, window: '7d' }),
  },
  {
    name: 'dfg (map stages)',
    target: 1,
    columns: ['customer_id', 'event', 'channel', 'ts', 'seq'],
    run: (store) => dfg(store, { by: 'stage', map: SHOP_MAP }),
  },
  {
    name: 'dwell (map touchpoints)',
    target: 1,
    columns: ['customer_id', 'event', 'channel', 'ts', 'seq'],
    run: (store) => dwell(store, { by: 'touchpoint', map: SHOP_MAP }),
  },
  {
    name: 'dfg (activities)',
    target: 1,
    columns: ['customer_id', 'event', 'ts', 'seq'],
    run: (store) => dfg(store),
  },
  {
    name: 'dwell (channels, 30m)',
    target: 1,
    columns: ['customer_id', 'channel', 'ts', 'seq'],
    run: (store) => dwell(store, { by: 'channel' }),
  },
  {
    name: 'top paths (10, collapsed)',
    target: 2,
    columns: ['customer_id', 'event', 'ts', 'seq'],
    run: (store) => topPaths(store, { limit: 10 }),
  },
];

/**
 * The analytics bench: generates the shop log in DuckDB, builds the journey tables (timed
 * on their own, as an import pays for them), then times funnel, DFG, dwell and top paths
 * (best of `--runs`), each beside a bare scan of the columns it reads, with the ratio and
 * the brief's target.
 */
export async function runAnalyticsBench(argv: readonly string[]): Promise<void> {
  const args = parseAnalyticsBenchArgs(argv);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const store = await openDuckDbStore(':memory:');
  try {
    log(
      `analytics: ${args.events.toLocaleString('en')} events, ${args.customers.toLocaleString('en')} customers`,
    );
    const generated = await best(1, () => generateShopEvents(store, args.events, args.customers));
    log(`  generated in DuckDB in ${generated.toFixed(1)} s`);
    // what an import or a stitch pays once so that the queries below read sorted journeys
    const refreshed = await best(1, () => refreshJourneys(store.conn));
    log(`  refreshJourneys (journey_events, journey_paths) in ${refreshed.toFixed(1)} s`);
    log(
      `  ${'query'.padEnd(28)}${'seconds'.padStart(9)}${'bare scan'.padStart(11)}${'ratio'.padStart(8)}${'target'.padStart(9)}`,
    );
    for (const c of CASES) {
      const scan = await best(args.runs + 1, () => store.conn.run(bareScan(c.columns)));
      const seconds = await best(args.runs, () => c.run(store));
      const verdict = seconds <= c.target && seconds <= 3 * scan ? 'met' : 'missed';
      log(
        `  ${c.name.padEnd(28)}${seconds.toFixed(2).padStart(9)}${scan.toFixed(2).padStart(11)}` +
          `${`${(seconds / scan).toFixed(1)}×`.padStart(8)}${`≤ ${c.target} s, 3×`.padStart(13)}  ${verdict}`,
      );
    }
  } finally {
    store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runAnalyticsBench(process.argv.slice(2));
}
