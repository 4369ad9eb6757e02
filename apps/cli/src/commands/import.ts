import { existsSync } from 'node:fs';
import {
  type DuckDbStore,
  ImportError,
  ImportFormat,
  ImportMapping,
  ImportPreset,
  type ImportProgressListener,
  type ImportSummary,
  importFiles,
  openDuckDbStore,
  terminalProgress,
} from '@opencjm/engine';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
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

/** A positive whole number of nesting levels. */
function levels(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** A whole number of bytes, at least 1 KiB (the line limit). */
function bytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1024)
    throw new InvalidArgumentError('expected a whole number of bytes, at least 1024');
  return n;
}

const choice =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
  };

/**
 * `cjm import FILE…`: customer events into the workspace (CSV, NDJSON, JSON, XES, gzip of
 * any), then identity stitching. Prints a summary (JSON with --json); bad rows go to the
 * quarantine and do not fail the command; a damaged (truncated, corrupt) gzip file or an
 * empty file does, naming the file (and the offset), with nothing of it stored. A progress bar is drawn on a terminal only.
 */
export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import customer events: CSV, NDJSON, JSON, XES (gzip of any)')
    .argument('<files...>', 'event files')
    .option('--workspace <dir>', 'workspace directory', '.opencjm')
    .option(
      '--preset <name>',
      `column preset: ${ImportPreset.options.join(', ')}`,
      choice(ImportPreset.options),
    )
    .option('--format <format>', 'force a format instead of detecting it', choice(ImportFormat.options))
    .option('--mapping <file>', 'YAML or JSON file: event field → source column')
    .option('--map-time <column>', 'column with the event time')
    .option('--map-customer <column>', 'column with the customer id')
    .option('--map-event <column>', 'column with the event name')
    .option('--map-channel <column>', 'column with the channel')
    .option('--delimiter <char>', 'CSV delimiter (detected from the header otherwise)')
    .option('--encoding <name>', 'text encoding (auto: UTF-8, else Windows-1251)')
    .option('--timezone <zone>', 'zone of times written without an offset (default UTC)')
    .option(
      '--max-line-bytes <bytes>',
      'longest line (CSV, NDJSON) or record (JSON, XES) to read; longer ones are quarantined (default 8388608)',
      bytes,
    )
    .option(
      '--max-depth <levels>',
      'deepest nesting of objects and arrays in a JSON record; deeper ones are quarantined (default 64)',
      levels,
    )
    .option('--json', 'print the summary as JSON')
    .action(async (files: string[], flags: ImportFlags) => {
      const paths = files.map((file) => userPath(io.cwd, file));
      const missing = files.filter((_, i) => !existsSync(paths[i] ?? ''));
      if (missing.length > 0) throw new CliError(`no such file: ${missing.join(', ')}`);
      const mapping = readMapping(io, flags);
      const store = await openStore(userPath(io.cwd, flags.workspace));
      const progress = io.interactive && !flags.json ? terminalProgress(process.stderr) : undefined;
      try {
        const summary = await importFiles(store, paths, {
          preset: flags.preset,
          format: flags.format,
          mapping,
          delimiter: flags.delimiter,
          encoding: flags.encoding,
          timezone: flags.timezone,
          maxLineBytes: flags.maxLineBytes,
          maxDepth: flags.maxDepth,
          onProgress: progress?.listener satisfies ImportProgressListener | undefined,
        });
        progress?.stop();
        io.out(flags.json ? `${JSON.stringify(jsonSummary(summary))}\n` : humanSummary(summary));
      } catch (error) {
        progress?.stop();
        if (error instanceof ImportError) throw new CliError(error.message);
        throw error;
      } finally {
        store.close();
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
    throw new CliError(`${flags.mapping}: not a valid mapping:\n${issues}`);
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
      throw new CliError(
        `the workspace ${workspace} is locked by another process (is \`cjm serve\` running?); stop it or import through the server.\n${message}`,
      );
    }
    throw new CliError(`cannot open the workspace ${workspace}: ${message}`);
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

function humanSummary(s: ImportSummary): string {
  const lines = s.files.map(
    (f) =>
      `${f.file} (${f.format}): ${f.read} read, ${f.accepted} accepted, ${f.quarantined} quarantined, ${f.duplicates} duplicates`,
  );
  lines.push(
    `imported ${s.accepted} of ${s.read} rows in ${s.seconds.toFixed(2)} s: ${s.quarantined} quarantined, ${s.duplicates} duplicates (import ${s.importId})`,
  );
  if (s.quarantineFile) lines.push(`quarantined rows: ${s.quarantineFile}`);
  return `${lines.join('\n')}\n`;
}
