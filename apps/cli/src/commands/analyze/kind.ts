import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyMap } from '@opencjm/core';
import {
  AnalyticsError,
  type ClickHouseStore,
  type DuckDbStore,
  openDuckDbStore,
  type PeriodOption,
} from '@opencjm/engine';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../../cli-io.ts';
import { clickHouseAddress, openClickHouseFor } from '../../clickhouse.ts';
import type { MessageTexts } from '../../i18n/en/messages.ts';
import type { Ui } from '../../i18n/ui.ts';
import { readMapFile, userPath } from '../../io.ts';
import { type Names, placeNames } from './names.ts';
import { addPeriodOptions, FROM_TO, type PeriodFlags, periodLine, periodOf } from './period.ts';

/** Options every analysis kind takes. */
export interface Common {
  workspace: string;
  map?: string;
  json?: boolean;
  details?: boolean;
}

/**
 * What an analysis hands back: the JSON result and its table — or a function making the
 * table, for kinds whose table costs time to lay out (thousands of variants) and is not
 * printed with --json.
 */
export interface Printed {
  json: unknown;
  table: string | (() => string);
}

/** What a kind writes its table with: the language, the names of the map, whether to add details. */
export interface Shown {
  readonly ui: Ui;
  readonly names: Names;
  /** `--details`: intervals, p-values and the tests, besides the plain words. */
  readonly details: boolean;
  /** `--from`/`--to` (paths: `--since`/`--until`): the period to read, undefined for all time. */
  readonly period: PeriodOption;
}

/** Runs one analysis on the open store, with the map when --map was given. */
export type Run<O> = (
  store: DuckDbStore,
  map: JourneyMap | undefined,
  opts: O & Common,
  args: string[],
  shown: Shown,
) => Promise<Printed>;

/**
 * Adds a kind `cjm analyze NAME` with the common options (--workspace, --map, --json,
 * --details) and returns its command so the kind can add its own options. The description
 * is the kind's help text in the user's language.
 */
export type Kind = <O>(name: KindName, run: Run<O>, args?: [string, string][]) => Command;

export type KindName = keyof Ui['t']['help']['analyze']['kinds'];

/**
 * The kinds whose engine analysis reads a period, and the options that choose it. `paths`
 * already uses `--from` for the event its flows start at, so its period is `--since`/`--until`.
 */
const PERIOD_KINDS: Partial<Record<KindName, PeriodFlags>> = {
  funnel: FROM_TO,
  dfg: FROM_TO,
  variants: FROM_TO,
  dwell: FROM_TO,
  emotions: FROM_TO,
  unmatched: FROM_TO,
  paths: { from: '--since', to: '--until' },
};

/** The {@link Kind} maker for the `analyze` command. */
export function kindMaker(analyze: Command, io: CliIo, ui: Ui): Kind {
  const h = ui.t.help.analyze;
  return <O>(name: KindName, run: Run<O>, args: [string, string][] = []) => {
    const command = analyze.command(name).description(h.kinds[name]);
    for (const [arg, description] of args) command.argument(arg, description);
    command
      .option('--workspace <dir>', h.workspace, '.opencjm')
      .option('--map <file>', h.map)
      .option('--json', h.json)
      .option('--details', h.details)
      .action(async (...received: unknown[]) => {
        const opts = received[args.length] as O & Common;
        const flags = PERIOD_KINDS[name];
        const period = flags ? await periodOf(opts, flags) : undefined;
        await runAnalysis(io, name, opts, async (store, map) => {
          const printed = await run(store, map, opts, received.slice(0, args.length) as string[], {
            ui,
            names: placeNames(map, ui.lang),
            details: opts.details === true,
            period,
          });
          return withPeriodLine(printed, periodLine(period, ui));
        });
      });
    const flags = PERIOD_KINDS[name];
    if (flags) {
      addPeriodOptions(command, flags, flags === FROM_TO ? h : { from: h.since, to: h.until });
    }
    return command;
  };
}

/** The table under the line naming its period (none for all time). */
function withPeriodLine(printed: Printed, line: string): Printed {
  if (line === '') return printed;
  const { table } = printed;
  return { ...printed, table: () => `${line}\n${typeof table === 'function' ? table() : table}` };
}

/** The map, or a clear error for a kind that cannot run without one. */
export function requireMap(map: JourneyMap | undefined, kind: string): JourneyMap {
  if (!map) throw new CliError((t) => t.analyze.needsMap(kind));
  return map;
}

async function runAnalysis(
  io: CliIo,
  kind: KindName,
  opts: Common,
  run: (store: DuckDbStore, map: JourneyMap | undefined) => Promise<Printed>,
): Promise<void> {
  const dir = userPath(io.cwd, opts.workspace);
  const clickhouse = clickHouseAddress();
  if (!clickhouse && !existsSync(join(dir, 'opencjm.duckdb'))) {
    throw new CliError((t) => t.analyze.noStore(opts.workspace));
  }
  const map = opts.map ? readMapFile(opts.map, io.cwd) : undefined;
  let store: DuckDbStore | ClickHouseStore;
  try {
    store = clickhouse ? await openClickHouseFor(clickhouse, kind) : await openDuckDbStore(dir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  try {
    // openClickHouseFor opens ClickHouse only for the kinds whose engine analysis takes
    // either store (CLICKHOUSE_KINDS), so those runs get a store they read
    const printed = await run(store as DuckDbStore, map);
    const { table } = printed;
    io.out(
      opts.json
        ? `${JSON.stringify(printed.json, null, 2)}\n`
        : `${typeof table === 'function' ? table() : table}\n`,
    );
  } catch (error) {
    if (error instanceof AnalyticsError) {
      const { code, params, message } = error;
      // A code without a translation yet (a new one) keeps the engine's English words.
      const translated = (t: MessageTexts) =>
        code in t.analytics ? t.analytics[code as keyof MessageTexts['analytics']](params, message) : message;
      throw new CliError(translated);
    }
    throw error;
  } finally {
    await store.close();
  }
}
