import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeEventsCsv, writeStitchCsv } from './generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CHILD = join(here, 'import-bench-child.ts');
/** The real logs live beside the repository, read-only. */
export const EVENT_LOGS = resolve(here, '../../../../../shared/data/event-logs');

/** Settings of one bench run, from `--events N --customers N --stitch-customers N --repeat N --no-real`. */
export interface ImportBenchArgs {
  events: number;
  customers: number;
  stitchCustomers: number;
  /** Runs of each side of the comparison; the fastest counts (the machine may be shared). */
  repeat: number;
  real: boolean;
}

export function parseBenchArgs(argv: readonly string[]): ImportBenchArgs {
  const number = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    const value = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${flag} needs a positive integer`);
    return value;
  };
  const events = number('--events', 2_000_000);
  return {
    events,
    customers: number('--customers', Math.max(1, Math.round(events / 10))),
    stitchCustomers: number('--stitch-customers', 1_000_000),
    repeat: number('--repeat', 3),
    real: !argv.includes('--no-real'),
  };
}

type Measurement = Record<string, number>;

/** Runs one measurement in a fresh process (see import-bench-child.ts). */
async function measure(...args: string[]): Promise<Measurement> {
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, CHILD, ...args], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Measurement;
}

const rate = (events: number, seconds: number) => `${(events / seconds / 1e6).toFixed(2)} M events/s`;
const seconds = (m: Measurement) => `${m.seconds?.toFixed(2)} s`;

/** The fastest of `runs` measurements (wall time), with the peak memory of the largest. */
async function fastest(runs: number, run: () => Promise<Measurement>): Promise<Measurement> {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  const best = all.reduce((a, b) => ((b.seconds ?? 0) < (a.seconds ?? 0) ? b : a));
  return { ...best, peakMb: Math.max(...all.map((m) => m.peakMb ?? 0)) };
}

/**
 * The import bench: a generated CSV imported by `importFiles` and loaded by DuckDB's bare
 * `CREATE TABLE t AS SELECT * FROM read_csv(file)` in the same run, side by side, with peak
 * memory (each in its own process); identity stitching of a million customers; and the
 * real logs (running example, receipt, BPI Challenge 2012) when they are present.
 */
export async function runImportBench(argv: readonly string[]): Promise<void> {
  const args = parseBenchArgs(argv);
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-bench-'));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const csv = join(dir, 'events.csv');
    await writeEventsCsv(csv, args.events, args.customers);
    const mb = (statSync(csv).size / 1e6).toFixed(0);
    log(
      `import: ${args.events.toLocaleString('en')} events, ${args.customers.toLocaleString('en')} customers, ${mb} MB CSV`,
    );
    const bare = await fastest(args.repeat, () => measure('bare', csv, mkdtempSync(join(dir, 'b-'))));
    const floor = await fastest(args.repeat, () => measure('floor', csv, mkdtempSync(join(dir, 'f-'))));
    const ours = await fastest(args.repeat, () => measure('import', csv, mkdtempSync(join(dir, 'i-'))));
    const cores = availableParallelism();
    const best = `best of ${args.repeat}`;
    log(
      `  bare read_csv   ${seconds(bare)}  ${rate(args.events, bare.seconds ?? 1)}  cpu ${bare.cpuSeconds?.toFixed(2)} s  peak ${bare.peakMb} MB  (${best})`,
    );
    log(
      `  events floor    ${seconds(floor)}  ${rate(args.events, floor.seconds ?? 1)}  cpu ${floor.cpuSeconds?.toFixed(2)} s  peak ${floor.peakMb} MB  (one INSERT … SELECT FROM read_csv into our events table, no checks)`,
    );
    log(
      `  importFiles     ${seconds(ours)}  ${rate(args.events, ours.seconds ?? 1)} = ${rate(args.events / cores, ours.seconds ?? 1)} per core (${cores} cores)  cpu ${ours.cpuSeconds?.toFixed(2)} s  peak ${ours.peakMb} MB  (${best})`,
    );
    const ratio = (a: Measurement, b: Measurement, key: 'seconds' | 'cpuSeconds') =>
      ((a[key] ?? 0) / (b[key] ?? 1)).toFixed(2);
    log(
      `  ratio           ${ratio(ours, bare, 'seconds')}x bare read_csv (target ≤ 3x); cpu ${ratio(ours, bare, 'cpuSeconds')}x; ${ratio(ours, floor, 'seconds')}x the events floor`,
    );
    const withJourneys = (ours.seconds ?? 0) + (ours.journeySeconds ?? 0);
    log(
      `  + journeys      ${ours.journeySeconds?.toFixed(2)} s ordering the journey tables (as cjm import does): ${withJourneys.toFixed(2)} s in all = ${(withJourneys / (bare.seconds ?? 1)).toFixed(2)}x bare read_csv`,
    );
    log(
      `  stored          ${ours.accepted} events, ${ours.customers} customers, ${ours.quarantined} quarantined`,
    );

    const stitchCsv = join(dir, 'stitch.csv');
    await writeStitchCsv(stitchCsv, args.stitchCustomers);
    const stitch = await measure('stitch', stitchCsv, mkdtempSync(join(dir, 's-')));
    log(
      `stitch: ${args.stitchCustomers.toLocaleString('en')} customers (anonymous id + e-mail + user id): ${stitch.seconds?.toFixed(2)} s for ${stitch.identifiers} identifiers → ${stitch.customers} customers, ${stitch.merges} merges; peak ${stitch.peakMb} MB`,
    );

    if (!args.real) return;
    if (!existsSync(EVENT_LOGS)) {
      log(`real logs: skipped, ${EVENT_LOGS} is missing`);
      return;
    }
    for (const [name, preset] of [
      ['running-example.csv', 'process-log'],
      ['receipt.csv', 'process-log'],
      ['bpic2012.xes.gz', ''],
    ] as const) {
      const result = await measure('import', join(EVENT_LOGS, name), mkdtempSync(join(dir, 'r-')), preset);
      log(
        `real: ${name.padEnd(20)} ${result.seconds?.toFixed(2)} s  ${result.events} events, ${result.customers} customers  peak ${result.peakMb} MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
