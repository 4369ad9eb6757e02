import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type JourneyMap, type Language, Persona } from '@opencjm/core';
import {
  ExportFormat,
  exportMap,
  FORMAT_EXTENSIONS,
  importMapFromXlsx,
  type MapData,
  MissingFontError,
  PdfPage,
  StageMetrics,
  XlsxImportError,
} from '@opencjm/render';
import { type Command, InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { CliError, type CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { documentFormat, readDocument, readMapFile, userPath, writeDocument } from '../io.ts';
import { languageParser } from '../options.ts';
import { FROM_TO, periodOf } from './analyze/period.ts';

interface ExportOptions {
  format: ExportFormat;
  output?: string;
  page: PdfPage;
  lang?: Language;
  persona?: string[];
  metrics?: string;
  withData?: boolean;
  workspace: string;
  window: string;
  from?: string;
  to?: string;
}

interface ImportOptions {
  output: string;
  force?: boolean;
}

/** A commander parser for a zod enum, its error in the user's language. */
function choiceOf(ui: Ui) {
  return <T extends string>(schema: z.ZodType<T> & { options: readonly T[] }) =>
    (value: string): T => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      throw new InvalidArgumentError(ui.t.parse.oneOf(schema.options.join(', ')));
    };
}

/** FILE with its extension replaced by the format's ("map.yaml" → "map.pdf"). */
export function defaultOutput(file: string, format: ExportFormat): string {
  const ext = extname(file);
  const stem = ext ? file.slice(0, -ext.length) : file;
  return `${stem}.${FORMAT_EXTENSIONS[format]}`;
}

/** A YAML/JSON document checked against a schema; problems name the file. */
function readChecked<T>(file: string, cwd: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(readDocument(file, cwd));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new CliError(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}

/**
 * The figures of an export "with data": the engine's `mapFigures` over the workspace's
 * events, the same function that gives the web editor its figures, over all time or over
 * `--from` … `--to` (which the export then names beside the figures). The engine is loaded
 * only here, so exports without data never start the database.
 */
async function workspaceFigures(map: JourneyMap, opts: ExportOptions, cwd: string): Promise<MapData> {
  const period = await periodOf(opts, FROM_TO);
  const dir = userPath(cwd, opts.workspace);
  if (!existsSync(join(dir, 'opencjm.duckdb'))) {
    throw new CliError((t) => `--with-data: ${t.analyze.noStore(opts.workspace)}`);
  }
  const { AnalyticsError, mapFigures, openDuckDbStore, utcPeriod } = await import('@opencjm/engine');
  let store: Awaited<ReturnType<typeof openDuckDbStore>>;
  try {
    store = await openDuckDbStore(dir);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  try {
    const figures = await mapFigures(store, map, opts.window, period);
    const span = utcPeriod(period);
    return {
      stages: figures.stages,
      windowSeconds: figures.windowSeconds,
      ...(span ? { period: span } : {}),
    };
  } catch (error) {
    if (error instanceof AnalyticsError) throw new CliError(`--window ${opts.window}: ${error.message}`);
    throw error;
  } finally {
    store.close();
  }
}

/**
 * `cjm export` draws a map file into a picture, document or workbook; `cjm import-map`
 * reads a workbook made by `cjm export --format xlsx` (and edited in Excel) back into a map.
 */
export function registerExport(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.export;
  const choice = choiceOf(ui);
  program
    .command('export')
    .description(ui.t.help.commands.export)
    .argument('<file>', h.file)
    .requiredOption('--format <format>', ExportFormat.options.join('|'), choice(ExportFormat))
    .option('-o, --output <file>', h.output)
    .option('--page <page>', h.page, choice(PdfPage), 'a4')
    .option('--lang <lang>', h.lang, languageParser(ui))
    .option('--persona <files...>', h.persona)
    .option('--metrics <file>', h.metrics)
    .option('--with-data', h.withData)
    .option('--workspace <dir>', h.workspace, '.opencjm')
    .option('--window <window>', h.window, '7d')
    .option('--from <date>', h.from)
    .option('--to <date>', h.to)
    .action(async (file: string, opts: ExportOptions) => {
      const without = opts.withData ? undefined : [opts.from && '--from', opts.to && '--to'].find(Boolean);
      if (without) throw new CliError((t) => t.parse.periodNeedsData(without));
      const map = readMapFile(file, io.cwd);
      const personas = (opts.persona ?? []).map((p) => readChecked(p, io.cwd, Persona));
      const metrics = opts.metrics ? readChecked(opts.metrics, io.cwd, StageMetrics) : undefined;
      const data = opts.withData ? await workspaceFigures(map, opts, io.cwd) : undefined;
      const output = opts.output ?? defaultOutput(file, opts.format);
      let content: Uint8Array | string;
      try {
        content = await exportMap(map, opts.format, {
          page: opts.page,
          lang: opts.lang,
          personas,
          metrics,
          data,
        });
      } catch (error) {
        if (error instanceof MissingFontError) throw new CliError(error.message);
        throw error;
      }
      writeFileSync(userPath(io.cwd, output), content);
      io.out(`${output}\n`);
    });

  program
    .command('import-map')
    .description(ui.t.help.commands['import-map'])
    .argument('<file>', h.workbook)
    .requiredOption('-o, --output <file>', h.mapOutput)
    .option('--force', h.force)
    .action(async (file: string, opts: ImportOptions) => {
      const path = userPath(io.cwd, opts.output);
      documentFormat(path);
      if (existsSync(path) && !opts.force) throw new CliError((t) => t.files.exists(opts.output));
      let bytes: Buffer;
      try {
        bytes = await readFile(userPath(io.cwd, file));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CliError((t) => t.files.cannotRead(file, code));
      }
      try {
        const map = await importMapFromXlsx(bytes);
        writeDocument(path, map);
        io.out(`${ui.t.new.written(opts.output, map.stages.length, map.lanes.length, map.cards.length)}\n`);
      } catch (error) {
        if (error instanceof XlsxImportError) throw new CliError(`${basename(file)}: ${error.message}`);
        throw error;
      }
    });
}
