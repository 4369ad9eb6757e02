import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES, laptopPurchaseMap } from '@opencjm/core';
import { DEMO_PLANTED_PROBLEMS, type DemoShopSummary, writeDemoShop } from '@opencjm/engine';
import { type Command, InvalidArgumentError } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { userPath, writeDocument } from '../io.ts';
import { demoReadme } from './demo-readme.ts';

interface GenerateFlags {
  customers: number;
  seed: number;
  out: string;
  until?: Date;
}

/**
 * `cjm demo generate -o DIR`: the demo laptop shop — `DIR/events.ndjson` (invented customers'
 * journeys with planted problems), the example map that measures it as `DIR/map.<lang>.yaml`
 * and a `DIR/README.md` naming the planted problems. Prints a summary and what to run next.
 */
export function registerDemoGenerate(demo: Command, io: CliIo): void {
  demo
    .command('generate')
    .description(
      'generate the demo shop: customer events with planted problems, and the map that measures them',
    )
    .requiredOption('-o, --out <dir>', 'directory to write into (created when missing)')
    .option('--customers <n>', 'customers to invent', wholeNumber(1, 10_000_000), 3000)
    .option('--seed <n>', 'the same seed gives the same data', wholeNumber(0, 2 ** 31 - 1), 2024)
    .option(
      '--until <iso>',
      'end of the data; it covers the 90 days before (default: today 00:00 UTC)',
      instant,
    )
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .action(async (flags: GenerateFlags) => {
      const dir = userPath(io.cwd, flags.out);
      const until = flags.until ?? startOfTodayUtc();
      const started = performance.now();
      const options = { customers: flags.customers, seed: flags.seed, until };
      const summary = await writeDemoShop(join(dir, 'events.ndjson'), options);
      const seconds = (performance.now() - started) / 1000;
      const maps = LANGUAGES.map((lang) => {
        const file = join(dir, `map.${lang}.yaml`);
        writeDocument(file, laptopPurchaseMap(lang));
        return file;
      });
      const readme = join(dir, 'README.md');
      writeFileSync(readme, demoReadme(summary, { seed: flags.seed, until }));
      const shown = (p: string) => relative(io.cwd, p) || '.';
      io.out(report(summary, seconds, [summary.file, ...maps, readme].map(shown), shown(dir)));
    });
}

/** The summary printed after generating: files, volume, segments, problems, next steps. */
function report(summary: DemoShopSummary, seconds: number, files: string[], dir: string): string {
  const workspace = join(dir, 'workspace');
  const map = join(dir, 'map.en.yaml');
  const segments = Object.entries(summary.segments).map(([name, n]) => `${name} ${n}`);
  const span = `${summary.first?.slice(0, 10) ?? '–'} … ${summary.last?.slice(0, 10) ?? '–'}`;
  return [
    `OpenCJM demo shop: ${summary.customers} customers, ${summary.events} events (${span}) in ${seconds.toFixed(1)} s`,
    ...files.map((file) => `  ${file}`),
    '',
    `Segments: ${segments.join(', ')}`,
    'Planted problems:',
    ...DEMO_PLANTED_PROBLEMS.map((p) => `  ${p.kind} at ${p.stage} (${p.touchpoints.join(', ')}): ${p.id}`),
    '',
    'Try next:',
    `  npx cjm import ${files[0]} --workspace ${workspace}`,
    `  npx cjm analyze funnel --map ${map} --workspace ${workspace} --window 30d`,
    `  npx cjm analyze dwell --map ${map} --workspace ${workspace}`,
    `  npx cjm analyze unmatched --map ${map} --workspace ${workspace}`,
    '',
  ].join('\n');
}

/** Commander parser of a whole number in [min, max]. */
function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** Commander parser of an ISO 8601 instant (a date alone means its midnight UTC). */
function instant(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected an ISO date, e.g. 2026-03-01');
  return date;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
