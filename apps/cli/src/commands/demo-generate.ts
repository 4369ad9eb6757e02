import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES, laptopPurchaseMap } from '@opencjm/core';
import { DEMO_PLANTED_PROBLEMS, type DemoShopSummary, writeDemoShop } from '@opencjm/engine';
import { type Command, InvalidArgumentError } from 'commander';
import type { CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
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
export function registerDemoGenerate(demo: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.demo;
  const p = ui.t.parse;
  demo
    .command('generate')
    .description(h.generate)
    .requiredOption('-o, --out <dir>', h.out)
    .option('--customers <n>', h.customers, wholeNumber(1, 10_000_000, p.wholeNumberIn), 3000)
    .option('--seed <n>', h.seed, wholeNumber(0, 2 ** 31 - 1, p.wholeNumberIn), 2024)
    .option('--until <iso>', h.until, instant(p.isoDate))
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
      io.out(report(summary, seconds, [summary.file, ...maps, readme].map(shown), shown(dir), ui));
    });
}

/** The summary printed after generating: files, volume, segments, problems, next steps. */
function report(summary: DemoShopSummary, seconds: number, files: string[], dir: string, ui: Ui): string {
  const t = ui.t.demo;
  const { fmt } = ui;
  const workspace = join(dir, 'workspace');
  const map = join(dir, 'map.en.yaml');
  const segments = Object.entries(summary.segments).map(([name, n]) => `${name} ${fmt.int(n)}`);
  const span = `${summary.first?.slice(0, 10) ?? '–'} … ${summary.last?.slice(0, 10) ?? '–'}`;
  return [
    t.shop(fmt.int(summary.customers), fmt.int(summary.events), span, fmt.fixed(seconds, 1)),
    ...files.map((file) => `  ${file}`),
    '',
    t.segments(segments.join(', ')),
    t.planted,
    ...DEMO_PLANTED_PROBLEMS.map((p) => `  ${t.problem(p.kind, p.stage, p.touchpoints.join(', '), p.id)}`),
    '',
    t.tryNext,
    `  npx cjm import ${files[0]} --workspace ${workspace}`,
    `  npx cjm analyze funnel --map ${map} --workspace ${workspace} --window 30d`,
    `  npx cjm analyze dwell --map ${map} --workspace ${workspace}`,
    `  npx cjm analyze unmatched --map ${map} --workspace ${workspace}`,
    '',
  ].join('\n');
}

/** Commander parser of a whole number in [min, max]; `why` words the error. */
function wholeNumber(min: number, max: number, why: (min: number, max: number) => string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(why(min, max));
    return n;
  };
}

/** Commander parser of an ISO 8601 instant (a date alone means its midnight UTC); `why` is the error. */
function instant(why: string) {
  return (value: string): Date => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new InvalidArgumentError(why);
    return date;
  };
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
