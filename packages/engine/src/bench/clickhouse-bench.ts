/**
 * `npm run bench:clickhouse` (and the end of `npm run bench`): the shop log of the
 * analytics bench as a CSV file, imported into DuckDB and into ClickHouse, then funnel and
 * process map (DFG) on both stores, side by side with the ratio ClickHouse / DuckDB.
 * Flags: `--clickhouse-events N[,N…]` (default 10,000,000,50,000,000), `--runs N` (best
 * of N queries, default 2). The ClickHouse server is started for the bench (loopback, free
 * ports, a temporary folder) and stopped after; without clickhouse-server installed the
 * bench prints a note and skips.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dfg } from '../analytics/dfg.ts';
import { funnel } from '../analytics/funnel.ts';
import { importFiles } from '../import/import-files.ts';
import { sqlString } from '../import/sql.ts';
import { importToClickHouse } from '../store/clickhouse/import.ts';
import { openClickHouse } from '../store/clickhouse/open.ts';
import type { EventStore } from '../store/clickhouse/store.ts';
import { clickHouseServerBinary, startTestClickHouse } from '../store/clickhouse/test-server.ts';
import { parseClickHouseUrl } from '../store/clickhouse/url.ts';
import { openDuckDbStore } from '../store/duckdb.ts';
import { refreshJourneys } from '../store/journeys.ts';
import { generateShopEvents } from './analytics-bench.ts';

/** Settings of the ClickHouse bench. */
export interface ClickHouseBenchArgs {
  sizes: number[];
  runs: number;
}

/** Reads `--clickhouse-events N[,N…]` and `--runs N`. */
export function parseClickHouseBenchArgs(argv: readonly string[]): ClickHouseBenchArgs {
  const at = argv.indexOf('--clickhouse-events');
  const sizes = (at >= 0 ? String(argv[at + 1]) : '10000000,50000000').split(',').map(Number);
  if (sizes.some((n) => !Number.isSafeInteger(n) || n <= 0))
    throw new Error('--clickhouse-events needs positive integers separated by commas');
  const r = argv.indexOf('--runs');
  const runs = r >= 0 ? Number(argv[r + 1]) : 2;
  if (!Number.isSafeInteger(runs) || runs <= 0) throw new Error('--runs needs a positive integer');
  return { sizes, runs };
}

const FUNNEL = { steps: ['page_view', 'add_to_cart', 'checkout', 'purchase'], window: '7d' };

/**
 * Writes the analytics bench's shop log (`generateShopEvents`, one customer per ten
 * events) as a CSV file of `event_id,timestamp,customer_id,event,channel,value`, with each
 * row's customer already stitched (one identifier per row).
 */
async function writeShopCsv(dir: string, events: number): Promise<string> {
  const file = join(dir, 'shop.csv');
  const work = await openDuckDbStore(join(dir, 'generate'));
  try {
    await generateShopEvents(work, events, Math.max(1, Math.round(events / 10)));
    await work.conn.run(`COPY (SELECT event_id, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS timestamp,
        customer_id, event, channel, value FROM customer_events ORDER BY seq) TO ${sqlString(file)} (HEADER true)`);
  } finally {
    work.close();
    rmSync(join(dir, 'generate'), { recursive: true, force: true });
  }
  return file;
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { seconds: (performance.now() - started) / 1000, value };
}

async function best(
  runs: number,
  work: () => Promise<unknown>,
): Promise<{ seconds: number; value: unknown }> {
  let fastest = { seconds: Number.POSITIVE_INFINITY, value: undefined as unknown };
  for (let i = 0; i < runs; i++) {
    const run = await timed(work);
    if (run.seconds < fastest.seconds) fastest = run;
  }
  return fastest;
}

/** One measured step: its seconds and answer, or why it failed. */
type Step = { seconds: number; value: unknown } | { error: string };

interface StoreResult {
  import: Step & { accepted?: number };
  funnel: Step;
  dfg: Step;
}

async function step(runs: number, work: () => Promise<unknown>): Promise<Step> {
  try {
    return await best(runs, work);
  } catch (error) {
    return { error: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' };
  }
}

async function measureStore(
  name: string,
  store: EventStore,
  importFile: () => Promise<{ accepted: number }>,
  runs: number,
  log: (line: string) => void,
  afterImport?: () => Promise<void>,
): Promise<StoreResult> {
  const imported = await step(1, importFile);
  const accepted = 'value' in imported ? (imported.value as { accepted: number }).accepted : undefined;
  log(`  ${name} import: ${describe(imported, accepted)}`);
  await afterImport?.();
  const funnelStep = await step(runs, () => funnel(store, FUNNEL));
  log(`  ${name} funnel: ${describe(funnelStep)}`);
  const dfgStep = await step(runs, () => dfg(store));
  log(`  ${name} dfg: ${describe(dfgStep)}`);
  return { import: { ...imported, accepted }, funnel: funnelStep, dfg: dfgStep };
}

function describe(s: Step, events?: number): string {
  if ('error' in s) return `failed: ${s.error}`;
  const rate = events === undefined ? '' : `, ${(events / s.seconds / 1000).toFixed(0)} k events/s`;
  return `${s.seconds.toFixed(2)} s${rate}`;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function benchSize(events: number, runs: number, log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-ch-bench-'));
  try {
    const csv = await writeShopCsv(dir, events);
    log(
      `clickhouse: ${events.toLocaleString('en')} events, ${Math.round(events / 10).toLocaleString('en')} customers, ` +
        `${(statSync(csv).size / 1e6).toFixed(0)} MB CSV; load average ${load()}`,
    );
    const duck = await openDuckDbStore(join(dir, 'duckdb'));
    let local: StoreResult;
    try {
      // what an import or a stitch pays once so that DuckDB's queries read sorted journeys
      const journeys = async () => {
        const built = await timed(() => refreshJourneys(duck.conn));
        log(`  DuckDB journey tables: ${built.seconds.toFixed(2)} s (after the import, before the queries)`);
      };
      local = await measureStore('DuckDB', duck, () => importFiles(duck, [csv]), runs, log, journeys);
    } finally {
      duck.close();
      rmSync(join(dir, 'duckdb'), { recursive: true, force: true });
    }
    // 4 GB per query, GROUP BY and ORDER BY spilling to disk past 2 GB (the machine is shared)
    const server = await startTestClickHouse({ maxMemoryBytes: 4_000_000_000 });
    let remote: StoreResult;
    try {
      const store = await openClickHouse({ ...parseClickHouseUrl(server.url), database: 'bench' });
      try {
        remote = await measureStore('ClickHouse', store, () => importToClickHouse(store, [csv]), runs, log);
      } finally {
        await store.close();
      }
    } finally {
      await server.stop();
    }
    const cell = (text: string) => ` ${text}`.padStart(26);
    const short = (s: Step, events?: number) => ('error' in s ? 'failed' : describe(s, events));
    const ratio = (d: Step, c: Step) =>
      'seconds' in d && 'seconds' in c ? `${(c.seconds / d.seconds).toFixed(2)}×` : '–';
    log(`  ${''.padEnd(22)}${cell('DuckDB')}${cell('ClickHouse')}${'CH/DuckDB'.padStart(11)}`);
    log(
      `  ${'import'.padEnd(22)}${cell(short(local.import, local.import.accepted))}` +
        `${cell(short(remote.import, remote.import.accepted))}${ratio(local.import, remote.import).padStart(11)}`,
    );
    for (const q of ['funnel', 'dfg'] as const) {
      const d = local[q];
      const c = remote[q];
      const same =
        'value' in d && 'value' in c
          ? JSON.stringify(d.value) === JSON.stringify(c.value)
            ? 'same'
            : 'DIFFERENT'
          : '–';
      log(
        `  ${(q === 'funnel' ? 'funnel (4 steps, 7d)' : 'dfg (activities)').padEnd(22)}${cell(short(d))}${cell(short(c))}` +
          `${ratio(d, c).padStart(11)}  answers: ${same}`,
      );
    }
    log(
      `  stored ${local.import.accepted} events in DuckDB, ${remote.import.accepted} in ClickHouse; queries best of ${runs}; load average ${load()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the ClickHouse bench for every size, or prints why it is skipped. */
export async function runClickHouseBench(argv: readonly string[]): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (clickHouseServerBinary() === null) {
    log('clickhouse: skipped, clickhouse-server is not installed (apt-get install clickhouse-server)');
    return;
  }
  const args = parseClickHouseBenchArgs(argv);
  for (const events of args.sizes) await benchSize(events, args.runs, log);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runClickHouseBench(process.argv.slice(2));
}
