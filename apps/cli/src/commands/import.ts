import { existsSync } from 'node:fs';
import {
  type DuckDbStore,
  ImportError,
  ImportFormat,
  ImportMapping,
  type ImportOptionsInput,
  ImportPreset,
  type ImportProgressListener,
  type ImportSummary,
  importFiles,
  openDuckDbStore,
  refreshJourneys,
  terminalProgress,
} from '@opencjm/engine';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import { clickHouseAddress, importOnClickHouse } from '../clickhouse.ts';
import type { Ui } from '../i18n/ui.ts';
import { readDocument, userPath } from '../io.ts';

interface ImportFlags {
  workspace: string;
  preset?: ImportPreset;
  format?: ImportFormat;
  mapping?: string;
  mapTime?: string;
  mapCustomer?: string;
  mapEvent?: string;
  mapChannel?: string;
  delimiter?: string;
  encoding?: string;
  timezone?: string;
  maxLineBytes?: number;
  maxDepth?: number;
  json?: boolean;
}

/** Parsers of the import's options, their errors in the user's language. */
function importParsers(ui: Ui) {
  const p = ui.t.parse;
  return {
    /** A positive whole number of nesting levels. */
    levels(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(p.positiveWhole);
      return n;
    },
    /** A whole number of bytes, at least 1 KiB (the line limit). */
    bytes(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1024) throw new InvalidArgumentError(p.bytes);
      return n;
    },
    choice:
      <T extends string>(values: readonly T[]) =>
      (value: string): T => {
        if ((values as readonly string[]).includes(value)) return value as T;
        throw new InvalidArgumentError(p.oneOf(values.join(', ')));
      },
  };
}

/**
 * `cjm import FILE…`: customer events into the workspace (CSV, NDJSON, JSON, XES, gzip of
 * any), then identity stitching. Prints a summary (JSON with --json); bad rows go to the
 * quarantine and do not fail the command; a damaged (truncated, corrupt) gzip file or an
 * empty file does, naming the file (and the offset), with nothing of it stored. A progress bar is drawn on a terminal only.
 */
export function registerImport(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.import;
  const { levels, bytes, choice } = importParsers(ui);
  program
    .command('import')
    .argument('<files...>', h.files)
    .option('--workspace <dir>', h.workspace, '.opencjm')
    .option('--preset <name>', h.preset(ImportPreset.options.join(', ')), choice(ImportPreset.options))
    .option('--format <format>', h.format, choice(ImportFormat.options))
    .option('--mapping <file>', h.mapping)
    .option('--map-time <column>', h.mapTime)
    .option('--map-customer <column>', h.mapCustomer)
    .option('--map-event <column>', h.mapEvent)
    .option('--map-channel <column>', h.mapChannel)
    .option('--delimiter <char>', h.delimiter)
    .option('--encoding <name>', h.encoding)
    .option('--timezone <zone>', h.timezone)
    .option('--max-line-bytes <bytes>', h.maxLineBytes, bytes)
    .option('--max-depth <levels>', h.maxDepth, levels)
    .option('--json', h.json)
    .action(async (files: string[], flags: ImportFlags) => {
      const paths = files.map((file) => userPath(io.cwd, file));
      const missing = files.filter((_, i) => !existsSync(paths[i] ?? ''));
      if (missing.length > 0) throw new CliError((t) => t.files.noSuchFile(missing.join(', ')));
      const mapping = readMapping(io, flags);
      const clickhouse = clickHouseAddress();
      const workspace = userPath(io.cwd, flags.workspace);
      const target = clickhouse ? { clickhouse } : { store: await openStore(workspace) };
      const progress = io.interactive && !flags.json ? terminalProgress(process.stderr) : undefined;
      try {
        const options: ImportOptionsInput = {
          preset: flags.preset,
          format: flags.format,
          mapping,
          delimiter: flags.delimiter,
          encoding: flags.encoding,
          timezone: flags.timezone,
          maxLineBytes: flags.maxLineBytes,
          maxDepth: flags.maxDepth,
          onProgress: progress?.listener satisfies ImportProgressListener | undefined,
        };
        const summary = target.store
          ? await importFiles(target.store, paths, options)
          : await importOnClickHouse(target.clickhouse, workspace, paths, options);
        // the journey tables are part of the import: the first analysis afterwards reads them
        const started = performance.now();
        if (target.store) await refreshJourneys(target.store.conn);
        const journeySeconds = (performance.now() - started) / 1000;
        progress?.stop();
        io.out(
          flags.json
            ? `${JSON.stringify(jsonSummary(summary))}\n`
            : `${humanSummary(summary, ui)}${target.store ? `${ui.t.import.journeys(ui.fmt.fixed(journeySeconds, 2))}\n` : ''}`,
        );
      } catch (error) {
        progress?.stop();
        if (error instanceof ImportError) throw new CliError(error.message);
        throw error;
      } finally {
        target.store?.close();
      }
    });
}

function readMapping(io: CliIo, flags: ImportFlags): ImportMapping {
  let fromFile: unknown = {};
  if (flags.mapping) fromFile = readDocument(userPath(io.cwd, flags.mapping));
  const parsed = ImportMapping.safeParse(fromFile);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    const file = flags.mapping ?? '';
    throw new CliError((t) => `${t.import.badMapping(file)}\n${issues}`);
  }
  const flagged: ImportMapping = {
    timestamp: flags.mapTime,
    customer_id: flags.mapCustomer,
    event: flags.mapEvent,
    channel: flags.mapChannel,
  };
  const set = Object.entries(flagged).filter(([, column]) => column !== undefined);
  return { ...parsed.data, ...Object.fromEntries(set) };
}

async function openStore(workspace: string): Promise<DuckDbStore> {
  try {
    return await openDuckDbStore(workspace);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/in use|lock/i.test(message)) {
      throw new CliError((t) => `${t.import.locked(workspace)}\n${message}`);
    }
    throw new CliError((t) => t.import.cannotOpen(workspace, message));
  }
}

/** The summary printed by --json: exactly these keys. */
function jsonSummary(s: ImportSummary) {
  return {
    read: s.read,
    accepted: s.accepted,
    quarantined: s.quarantined,
    duplicates: s.duplicates,
    seconds: s.seconds,
  };
}

function humanSummary(s: ImportSummary, { t, fmt }: Ui): string {
  const n = fmt.int;
  const lines = s.files.map((f) =>
    t.import.file(f.file, f.format, n(f.read), n(f.accepted), n(f.quarantined), n(f.duplicates)),
  );
  lines.push(
    t.import.total(
      n(s.accepted),
      n(s.read),
      fmt.fixed(s.seconds, 2),
      n(s.quarantined),
      n(s.duplicates),
      s.importId,
    ),
  );
  if (s.quarantineFile) lines.push(t.import.quarantineFile(s.quarantineFile));
  return `${lines.join('\n')}\n`;
}
