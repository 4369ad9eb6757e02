import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyMap } from '@opencjm/core';
import {
  AnalyticsError,
  bindingReport,
  Dimension,
  type DuckDbStore,
  dfg,
  dwell,
  type FunnelStep,
  funnel,
  openDuckDbStore,
  outcomes,
  pathFlow,
  timeline,
  topPaths,
  variants,
} from '@opencjm/engine';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import { readMapFile, userPath } from '../io.ts';

interface Common {
  workspace: string;
  map?: string;
  json?: boolean;
}

/** What an analysis hands back: the JSON result and its table. */
interface Printed {
  json: unknown;
  table: string;
}

type Run<O> = (
  store: DuckDbStore,
  map: JourneyMap | undefined,
  opts: O & Common,
  args: string[],
) => Promise<Printed>;

/**
 * `cjm analyze KIND`: journey analytics over the workspace's events — funnel, paths, dfg,
 * variants, dwell, outcomes, timeline, unmatched. A table by default, JSON with --json;
 * --map FILE binds events to the map's touchpoints and stages.
 */
export function registerAnalyze(program: Command, io: CliIo): void {
  const analyze = program
    .command('analyze')
    .description('journey analytics: funnel, paths, dfg, variants, dwell, outcomes, timeline, unmatched');
  const kind = <O>(name: string, description: string, run: Run<O>, args: string[] = []) => {
    const command = analyze.command(name).description(description);
    for (const arg of args) command.argument(arg);
    command
      .option('--workspace <dir>', 'workspace directory', '.opencjm')
      .option('--map <file>', 'journey map whose touchpoint rules label the events')
      .option('--json', 'print JSON instead of a table')
      .exitOverride()
      .configureOutput({ writeOut: io.out, writeErr: io.err })
      .action(async (...received: unknown[]) => {
        const opts = received[args.length] as O & Common;
        await runAnalysis(io, opts, (store, map) =>
          run(store, map, opts, received.slice(0, args.length) as string[]),
        );
      });
    return command;
  };

  kind<{ steps?: string[]; window: string; breakdown?: string }>(
    'funnel',
    'ordered funnel over events or the map stages',
    async (store, map, o) => {
      const result = await funnel(store, {
        ...(o.steps ? { steps: o.steps } : { map }),
        window: o.window,
        breakdown: o.breakdown,
      });
      const groups = (result.breakdown?.groups ?? []).map(
        (g) => `\n${result.breakdown?.by} = ${g.value ?? '(none)'}\n${funnelTable(g.steps)}`,
      );
      return {
        json: result,
        table: `window ${duration(result.windowSeconds)}\n${funnelTable(result.steps)}${groups.join('')}`,
      };
    },
  )
    .option('--steps <names>', 'event names in order, comma-separated (without: the map stages)', list)
    .option('--window <span>', 'steps must follow the entry within this span', '7d')
    .option('--breakdown <attribute>', 'channel, source or properties.KEY of the entry event');

  kind<{
    from?: string;
    direction: 'next' | 'previous';
    depth: number;
    top: number;
    limit: number;
    collapse: boolean;
    by: Dimension;
  }>('paths', 'top whole paths, or the flows after (before) an event with --from', async (store, map, o) => {
    if (o.from) {
      const flow = await pathFlow(store, {
        anchor: o.from,
        direction: o.direction,
        depth: o.depth,
        top: o.top,
        by: o.by,
        map,
        collapse: o.collapse,
      });
      const rows = flow.steps.flatMap((s) =>
        s.nodes.map((n) => [
          String(s.step),
          n.name,
          String(n.customers),
          percent(n.customers / flow.customers),
        ]),
      );
      return {
        json: flow,
        table: `${flow.customers} customers with ${flow.anchor}, ${flow.direction} steps\n${table(['Step', 'Node', 'Customers', 'Share'], rows, 'llrr')}`,
      };
    }
    const top = await topPaths(store, { by: o.by, map, collapse: o.collapse, limit: o.limit });
    const rows = top.paths.map((p, i) => [
      String(i + 1),
      String(p.customers),
      percent(p.share),
      p.steps.join(' → '),
    ]);
    rows.push([
      '',
      String(top.other.customers),
      percent(top.other.share),
      `(other: ${top.other.paths} paths)`,
    ]);
    return {
      json: top,
      table: `${top.customers} customers\n${table(['#', 'Customers', 'Share', 'Path'], rows, 'rrrl')}`,
    };
  })
    .option('--from <label>', 'show the flows around the first occurrence of this label')
    .option('--direction <dir>', 'next or previous', choice(['next', 'previous']), 'next')
    .option('--depth <n>', 'steps to follow', count, 3)
    .option('--top <n>', 'labels kept by name per step; the rest are "other"', count, 5)
    .option('--limit <n>', 'top paths to show', count, 10)
    .option('--no-collapse', 'keep consecutive repeats (A A B)')
    .option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event');

  kind<{ by: Dimension }>('dfg', 'directly-follows graph', async (store, map, o) => {
    const graph = await dfg(store, { by: o.by, map });
    const rows = graph.edges.map((e) => [
      e.from,
      e.to,
      String(e.count),
      duration(e.medianSeconds),
      duration(e.meanSeconds),
    ]);
    const ends = (label: string, counts: Record<string, number>) =>
      `${label}: ${Object.entries(counts)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`;
    return {
      json: graph,
      table: `${table(['From', 'To', 'Count', 'Median', 'Mean'], rows, 'llrrr')}\n${ends('start', graph.start)}\n${ends('end', graph.end)}`,
    };
  }).option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event');

  kind<{ by: Dimension; limit?: number; collapse?: boolean }>(
    'variants',
    'whole journeys and how many share each',
    async (store, map, o) => {
      const result = await variants(store, { by: o.by, map, limit: o.limit, collapse: o.collapse ?? false });
      const rows = result.variants.map((v) => [
        String(v.count),
        percent(v.count / result.total),
        v.activities.join(' → '),
      ]);
      return {
        json: result,
        table: `${result.total} customers, ${result.distinct} variants\n${table(['Count', 'Share', 'Activities'], rows, 'rrl')}`,
      };
    },
  )
    .option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event')
    .option('--limit <n>', 'show only the most frequent', count)
    .option('--collapse', 'merge consecutive repeats');

  kind<{ by?: Dimension; gap: string }>(
    'dwell',
    'time at each touchpoint, channel or stage, and exits',
    async (store, map, o) => {
      const result = await dwell(store, { by: o.by, map, gap: o.gap });
      const rows = result.rows.map((r) => [
        r.name,
        String(r.events),
        String(r.customers),
        duration(r.medianSeconds),
        duration(r.p90Seconds),
        String(r.exits),
        percent(r.exitRate),
        String(r.customersLeft),
      ]);
      return {
        json: result,
        table: `sessions end after ${duration(result.gapSeconds)} of inactivity\n${table(['Name', 'Events', 'Customers', 'Median', 'P90', 'Exits', 'Exit rate', 'Left'], rows, 'lrrrrrrr')}`,
      };
    },
  )
    .option(
      '--by <dimension>',
      `${Dimension.options.join('|')} (default: touchpoint with --map, else channel)`,
      choice(Dimension.options),
    )
    .option('--gap <span>', 'inactivity that ends a session', '30m');

  kind<{ outcome: string; within?: string; by?: Dimension }>(
    'outcomes',
    'what comes before an outcome more (or less) often',
    async (store, map, o) => {
      const result = await outcomes(store, { outcome: o.outcome, within: o.within, by: o.by, map });
      const rows = result.rows.map((r) => [
        r.name,
        String(r.converted),
        String(r.notConverted),
        percent(r.shareConverted),
        percent(r.shareNotConverted),
        r.lift === null ? '—' : r.lift.toFixed(2),
        r.pValue.toPrecision(3),
      ]);
      const head = `${result.outcome}${result.withinSeconds ? ` within ${duration(result.withinSeconds)}` : ''}: ${result.converted} converted, ${result.notConverted} not; p: two-sided Fisher exact test`;
      return {
        json: result,
        table: `${head}\n${table(['Label', 'Converted', 'Others', 'Share conv.', 'Share others', 'Lift', 'p'], rows, 'lrrrrrr')}`,
      };
    },
  )
    .requiredOption('--outcome <event>', 'the outcome event, e.g. purchase')
    .option('--within <span>', 'look back this far before the outcome (default: whole journey)')
    .option(
      '--by <dimension>',
      `${Dimension.options.join('|')} (default: touchpoint with --map, else event)`,
      choice(Dimension.options),
    );

  kind(
    'timeline',
    "one customer's journey across channels",
    async (store, map, _o, [customer]) => {
      const result = await timeline(store, { customer: customer ?? '', map });
      const rows = result.events.map((e) => [
        e.ts,
        e.event,
        e.channel ?? '',
        e.touchpoint ?? '',
        e.identifier,
        [e.url, e.text, e.value === null ? null : `value ${e.value}`].filter(Boolean).join(' '),
      ]);
      return {
        json: result,
        table: `customer ${result.customer}: ${result.identifiers.join(', ')}\n${table(['Time (UTC)', 'Event', 'Channel', 'Touchpoint', 'Identifier', 'Details'], rows, 'llllll')}`,
      };
    },
    ['<customer>'],
  );

  kind<{ limit: number }>(
    'unmatched',
    'events no touchpoint rule of the map matches',
    async (store, map, o) => {
      if (!map) throw new CliError('unmatched needs --map FILE');
      const report = await bindingReport(store, map, o.limit);
      const rows = report.unmatchedEvents.map((u) => [u.event, u.channel ?? '', String(u.count)]);
      const tps = report.touchpoints.map((t) => [t.id, t.stage ?? '', String(t.events), String(t.customers)]);
      return {
        json: report,
        table: `${report.unmatched} of ${report.events} events match no touchpoint\n${table(['Event', 'Channel', 'Count'], rows, 'llr')}\n\n${table(['Touchpoint', 'Stage', 'Events', 'Customers'], tps, 'llrr')}`,
      };
    },
  ).option('--limit <n>', 'unmatched (event, channel) pairs to list', count, 50);
}

async function runAnalysis(
  io: CliIo,
  opts: Common,
  run: (store: DuckDbStore, map: JourneyMap | undefined) => Promise<Printed>,
): Promise<void> {
  const dir = userPath(io.cwd, opts.workspace);
  if (!existsSync(join(dir, 'opencjm.duckdb'))) {
    throw new CliError(`no event store in ${opts.workspace} (import events first, or pass --workspace DIR)`);
  }
  const map = opts.map ? readMapFile(opts.map, io.cwd) : undefined;
  let store: DuckDbStore;
  try {
    store = await openDuckDbStore(dir);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  try {
    const printed = await run(store, map);
    io.out(opts.json ? `${JSON.stringify(printed.json, null, 2)}\n` : `${printed.table}\n`);
  } catch (error) {
    if (error instanceof AnalyticsError) throw new CliError(error.message);
    throw error;
  } finally {
    store.close();
  }
}

function funnelTable(steps: FunnelStep[]): string {
  const rows = steps.map((s, i) => [
    `${i + 1}. ${s.name}`,
    String(s.customers),
    percent(s.conversion),
    `${percent(s.ci[0])}–${percent(s.ci[1])}`,
    String(s.dropOff),
    duration(s.medianSecondsToConvert),
    duration(s.p90SecondsToConvert),
  ]);
  return table(
    ['Step', 'Customers', 'Conversion', '95% CI', 'Drop-off', 'Median time', 'P90 time'],
    rows,
    'lrrrrrr',
  );
}

/** Aligned columns; `align` has one letter per column: l(eft) or r(ight). */
export function table(headers: string[], rows: string[][], align: string): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(c));
        return align[i] === 'r' ? pad + c : i === cells.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return n;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** 45s, 7m 30s, 2h 05m, 3d 4h, 7d; "—" when there is nothing to measure. */
function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  const hours = Math.floor((s % 86_400) / 3600);
  return `${Math.floor(s / 86_400)}d${hours > 0 ? ` ${hours}h` : ''}`;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function choice<T extends string>(options: readonly T[]) {
  return (value: string): T => {
    if ((options as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected one of ${options.join(', ')}`);
  };
}
