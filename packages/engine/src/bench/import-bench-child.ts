/**
 * One measurement of the import bench, in its own process so its peak memory is its own:
 * `bare FILE DIR` (DuckDB's read_csv into a table), `floor FILE DIR` (one DuckDB statement
 * filling the events table from read_csv, no checks: what our storage alone costs),
 * `import FILE DIR [PRESET]` (importFiles into a workspace, then the journey tables as `cjm import` builds them) or `stitch FILE DIR` (import
 * without stitching, then stitchIdentities). Prints one JSON line.
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { stitchIdentities } from '../identity/stitch.ts';
import { importFiles } from '../import/import-files.ts';
import { ImportPreset } from '../import/options.ts';
import { sqlString } from '../import/sql.ts';
import { openDuckDbStore } from '../store/duckdb.ts';
import { refreshJourneys } from '../store/journeys.ts';

const [mode, file = '', dir = ''] = process.argv.slice(2);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU seconds (all threads, DuckDB's included) since `from`. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

async function bare(): Promise<object> {
  const instance = await DuckDBInstance.create(join(dir, 'bare.duckdb'));
  const conn = await instance.connect();
  const started = performance.now();
  const cpu = process.cpuUsage();
  await conn.run(`CREATE TABLE t AS SELECT * FROM read_csv(${sqlString(file)})`);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu);
  conn.closeSync();
  instance.closeSync();
  return { seconds, cpuSeconds, peakMb: peakMb() };
}

async function floor(): Promise<object> {
  const store = await openDuckDbStore(join(dir, 'floor'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  await store.conn.run(`INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, channel, source,
      import_id, line)
    SELECT md5(concat_ws(chr(31), timestamp, customer_id, event, channel)), timestamp::TIMESTAMPTZ, 0, event,
      'customer_id:' || customer_id, ['customer_id:' || customer_id], channel, 'events.csv', 'bench', 0
    FROM read_csv(${sqlString(file)}, all_varchar = true)`);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu);
  store.close();
  return { seconds, cpuSeconds, peakMb: peakMb() };
}

async function imported(): Promise<object> {
  const store = await openDuckDbStore(join(dir, 'workspace'));
  const preset = process.argv[5] ? ImportPreset.parse(process.argv[5]) : undefined;
  const cpu = process.cpuUsage();
  const summary = await importFiles(store, [file], { preset });
  const cpuSeconds = cpuSince(cpu);
  // Peak of the import itself, before the count below (which runs without the import's memory limit).
  const importPeakMb = peakMb();
  // what `cjm import` does next: order the journey tables for the analyses
  const journeysStarted = performance.now();
  await refreshJourneys(store.conn);
  const journeySeconds = (performance.now() - journeysStarted) / 1000;
  const counts = await store.conn.runAndReadAll(
    'SELECT count(DISTINCT customer_id) AS customers, count(*) AS events FROM customer_events',
  );
  const row = counts.getRowObjects()[0];
  store.close();
  const { read, accepted, quarantined, duplicates, seconds } = summary;
  return {
    seconds,
    cpuSeconds,
    journeySeconds,
    read,
    accepted,
    quarantined,
    duplicates,
    customers: Number(row?.customers),
    events: Number(row?.events),
    peakMb: importPeakMb,
  };
}

async function stitched(): Promise<object> {
  const store = await openDuckDbStore(join(dir, 'stitch'));
  const summary = await importFiles(store, [file], { stitch: false });
  const stitch = await stitchIdentities(store);
  store.close();
  return { importSeconds: summary.seconds, ...stitch, peakMb: peakMb() };
}

const run = { bare, floor, import: imported, stitch: stitched }[mode ?? ''];
if (!run) throw new Error(`unknown mode ${mode}; use bare, floor, import or stitch`);
process.stdout.write(`${JSON.stringify(await run())}\n`);
