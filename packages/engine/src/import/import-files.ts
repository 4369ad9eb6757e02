import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BLOCKED_IDENTIFIER_VALUES } from '../identity/identifiers.ts';
import { stitchIdentities } from '../identity/stitch.ts';
import type { DuckDbStore } from '../store/duckdb.ts';
import { storeTempDir } from '../store/recover.ts';
import { detectFile } from './detect.ts';
import { MixedNewlines, UnreadableDocument } from './errors.ts';
import { type LoadCounts, loadStaged } from './load.ts';
import { type ResolvedPlan, resolvePlan } from './mapping.ts';
import {
  type FileSummary,
  ImportOptions,
  type ImportOptionsInput,
  type ImportProgress,
  type ImportSummary,
} from './options.ts';
import { watchQueries } from './progress.ts';
import { writeQuarantineFile } from './quarantine-file.ts';
import { withSettings } from './session.ts';
import { sqlString } from './sql.ts';
import { type StagedFile, stageRecords } from './stage.ts';
import { type OpenedFile, openFile } from './stage-file.ts';

/**
 * Imports event files (CSV, NDJSON, JSON, XES; gzip of any) into the store, then stitches
 * identities. Each file is staged by DuckDB, checked row by row (bad rows go to the
 * quarantine table and `WORKSPACE/quarantine/<import_id>.ndjson` with line and reason)
 * and moved to `events` in transactions; events already stored count as duplicates, so
 * importing a file twice adds nothing. Throws an `ImportError` for a file that cannot be
 * imported at all (unreadable, damaged gzip data, empty, or a mapping naming a missing
 * column) before anything of it is stored; files before it stay imported. The first
 * batch notes a pending stitch in the same transaction as its events, so a process killed
 * before the stitch is done gets it redone when the store is next opened (`recoverStore`);
 * temporary files go to `WORKSPACE/tmp/`, emptied on open. See docs/import.md.
 *
 * @example
 * const summary = await importFiles(store, ['receipt.csv'], { preset: 'process-log' });
 * // summary.read === summary.accepted + summary.quarantined + summary.duplicates
 */
export async function importFiles(
  store: DuckDbStore,
  files: readonly string[],
  options: ImportOptionsInput = {},
): Promise<ImportSummary> {
  const opts = ImportOptions.parse(options);
  const started = performance.now();
  const importId = newImportId();
  const workDir = mkdtempSync(join(storeTempDir(store.path), 'opencjm-import-'));
  const restore = await withSettings(store.conn, {
    TimeZone: opts.timezone,
    memory_limit: opts.memoryLimit,
    enable_progress_bar: true,
    enable_progress_bar_print: false,
  });
  const summaries: FileSummary[] = [];
  const stitch = async () => {
    // Also after an import that added nothing: a run killed while stitching is re-run so.
    if (!opts.stitch || summaries.length === 0) return;
    const stop = watchQueries(store.conn, (f) => opts.onProgress?.(stitchProgress(files, f)));
    await stitchIdentities(store, { maxIdsPerType: opts.maxIdsPerType }, () =>
      opts.onCheckpoint?.('stitching'),
    ).finally(stop);
    opts.onCheckpoint?.('stitched');
  };
  try {
    for (const [index, path] of files.entries()) {
      const report = (phase: ImportProgress['phase'], fraction: number) =>
        opts.onProgress?.({ file: path, fileIndex: index, files: files.length, phase, fraction });
      try {
        summaries.push(await importFile(store, path, { opts, importId, workDir, tag: `${index}`, report }));
      } catch (error) {
        // The files before this one are stored: their customers are stitched all the same.
        await stitch();
        throw error;
      }
    }
    opts.onCheckpoint?.('loaded');
    await stitch();
  } finally {
    await restore();
    rmSync(workDir, { recursive: true, force: true });
  }
  const totals = sum(summaries);
  const dir =
    opts.quarantineDir ?? (store.path === ':memory:' ? null : join(dirname(store.path), 'quarantine'));
  const quarantineFile =
    totals.quarantined > 0 && dir ? await writeQuarantineFile(store.conn, dir, importId) : null;
  return {
    importId,
    ...totals,
    seconds: (performance.now() - started) / 1000,
    files: summaries,
    quarantineFile,
  };
}

interface FileContext {
  opts: ImportOptions;
  importId: string;
  workDir: string;
  tag: string;
  report: (phase: ImportProgress['phase'], fraction: number) => void;
}

async function importFile(store: DuckDbStore, path: string, ctx: FileContext): Promise<FileSummary> {
  const { opts } = ctx;
  const { conn } = store;
  const startedAt = new Date();
  const file = await detectFile(path, opts.format, opts.encoding);
  const empty = { file: path, format: file.format, read: 0, accepted: 0, quarantined: 0, duplicates: 0 };
  const tag = `${ctx.importId.replace(/\W/g, '_')}_${ctx.tag}`;
  const open = (retry: boolean) =>
    openFile(conn, file, {
      workDir: ctx.workDir,
      tag,
      delimiter: opts.delimiter,
      maxLineBytes: opts.maxLineBytes,
      onConvert: (f) => ctx.report('converting', f),
      retry,
    });
  const preset = opts.preset ?? defaultPreset(file.format);
  const blocked = [
    ...BLOCKED_IDENTIFIER_VALUES,
    ...opts.blockedIdentifiers.map((v) => v.trim().toLowerCase()),
  ];
  const stage = async (opened: OpenedFile): Promise<{ staged: StagedFile; plan: ResolvedPlan }> => {
    const plan = resolvePlan(file.name, opened.source.src, preset, opts.mapping, !opened.source.fileError);
    const stop = watchQueries(conn, (f) => ctx.report('reading', f));
    try {
      const input = {
        source: opened.source,
        plan,
        fileName: file.name,
        blocked,
        maxDepth: opts.maxDepth,
        checkNul: opened.extras.noNul !== true,
      };
      return { staged: await stageRecords(conn, input, tag, opened.extras), plan };
    } finally {
      stop();
    }
  };
  const temps: string[] = [];
  try {
    let opened = await open(false);
    temps.push(...opened.temps);
    const first = await stage(opened).catch(async (error) => {
      // A file DuckDB fails on as a whole is read again: a JSON document record by record,
      // a CSV or NDJSON file with its line ends made uniform.
      if (!(error instanceof UnreadableDocument || error instanceof MixedNewlines)) throw error;
      for (const table of opened.temps.splice(0)) await conn.run(`DROP TABLE IF EXISTS ${table}`);
      opened = await open(true);
      temps.push(...opened.temps);
      return stage(opened);
    });
    const { staged, plan } = first;
    temps.push(...staged.temps);
    opts.onCheckpoint?.('staged');
    const earlier = await conn.runAndReadAll(
      `SELECT count(*) AS n FROM imports WHERE source = ${sqlString(file.name)}`,
    );
    const mayRepeat = plan.fields.event_id !== undefined || Number(earlier.getRowObjects()[0]?.n) > 0;
    const stop = watchQueries(conn, (f) => ctx.report('loading', f));
    const counts = await loadStaged(conn, {
      staged,
      fileName: file.name,
      importId: ctx.importId,
      startedAt,
      batchRows: opts.batchRows,
      mayRepeat,
      stitchCap: opts.stitch ? opts.maxIdsPerType : null,
      onBatch: () => opts.onCheckpoint?.('batch'),
    }).finally(stop);
    ctx.report('loading', 1);
    return { ...empty, ...counts };
  } finally {
    for (const table of temps) await conn.run(`DROP TABLE IF EXISTS ${table}`);
  }
}

function defaultPreset(format: string) {
  return format === 'xes' ? ('process-log' as const) : undefined;
}

function stitchProgress(files: readonly string[], fraction: number): ImportProgress {
  return {
    file: 'identities',
    fileIndex: files.length - 1,
    files: files.length,
    phase: 'stitching',
    fraction,
  };
}

function sum(files: FileSummary[]): LoadCounts {
  const total: LoadCounts = { read: 0, accepted: 0, quarantined: 0, duplicates: 0 };
  for (const f of files) for (const key of Object.keys(total) as (keyof LoadCounts)[]) total[key] += f[key];
  return total;
}

/** `imp_20260101T101500_3fa2c1`: sortable by time, unique, safe in file and table names. */
function newImportId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `imp_${stamp}_${randomBytes(3).toString('hex')}`;
}
