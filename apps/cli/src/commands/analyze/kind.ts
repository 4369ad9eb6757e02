import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyMap } from '@opencjm/core';
import { AnalyticsError, type DuckDbStore, openDuckDbStore } from '@opencjm/engine';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../../cli-io.ts';
import { readMapFile, userPath } from '../../io.ts';

/** Options every analysis kind takes. */
export interface Common {
  workspace: string;
  map?: string;
  json?: boolean;
}

/** What an analysis hands back: the JSON result and its table. */
export interface Printed {
  json: unknown;
  table: string;
}

/** Runs one analysis on the open store, with the map when --map was given. */
export type Run<O> = (
  store: DuckDbStore,
  map: JourneyMap | undefined,
  opts: O & Common,
  args: string[],
) => Promise<Printed>;

/**
 * Adds a kind `cjm analyze NAME` with the common options (--workspace, --map, --json) and
 * returns its command so the kind can add its own options.
 */
export type Kind = <O>(name: string, description: string, run: Run<O>, args?: string[]) => Command;

/** The {@link Kind} maker for the `analyze` command. */
export function kindMaker(analyze: Command, io: CliIo): Kind {
  return <O>(name: string, description: string, run: Run<O>, args: string[] = []) => {
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
}

/** The map, or a clear error for a kind that cannot run without one. */
export function requireMap(map: JourneyMap | undefined, kind: string): JourneyMap {
  if (!map) throw new CliError(`${kind} needs --map FILE`);
  return map;
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
