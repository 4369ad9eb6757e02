import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DetectedFile } from './detect.ts';
import { ImportError } from './errors.ts';
import { longLineTable, replaceLongLines } from './long-lines.ts';
import { crlfToLf } from './newlines.ts';
import { type FileScan, scanFile } from './scan.ts';
import { csvSource } from './sources/csv.ts';
import { jsonSource } from './sources/json.ts';
import type { RawSource } from './sources/raw-source.ts';
import { splitJsonDocument } from './split-json.ts';
import { sqlString } from './sql.ts';
import type { StageExtras } from './stage.ts';
import { transcodeToUtf8 } from './transcode.ts';
import { XES_LINE_KEY, xesToNdjson } from './xes.ts';

/** Where and how one file is opened. */
export interface OpenContext {
  /** Directory for converted copies (XES → NDJSON, legacy encodings → UTF-8, long lines cut). */
  workDir: string;
  tag: string;
  delimiter?: string;
  /** Longest physical line of a CSV or NDJSON file; longer lines are quarantined. */
  maxLineBytes: number;
  onConvert?: (fraction: number) => void;
  /**
   * Read again after DuckDB failed on the whole file: a JSON document record by record
   * (`splitJsonDocument`), a CSV or NDJSON file with CRLF turned into LF (`crlfToLf`).
   */
  retry?: boolean;
}

/** A file ready for DuckDB, and the records found bad before DuckDB reads it. */
export interface OpenedFile {
  source: RawSource;
  extras: StageExtras;
  /** Temporary tables made here, to drop with the staging tables. */
  temps: string[];
}

/**
 * Makes a detected file readable by DuckDB. Its content is first read once end to end
 * (`scanFile`): a damaged gzip file or an empty file stops here with an `ImportError`,
 * before anything is staged. XES is then streamed to NDJSON and a legacy encoding
 * transcoded to UTF-8; a CSV or NDJSON file with lines longer than the limit is copied
 * with those lines replaced by markers. DuckDB reads everything else directly (gzip
 * included).
 */
export async function openFile(
  conn: DuckDBConnection,
  file: DetectedFile,
  ctx: OpenContext,
): Promise<OpenedFile> {
  const lines = file.format === 'csv' || file.format === 'ndjson';
  const utf8 = file.encoding === 'utf-8';
  const limit = lines && utf8 ? ctx.maxLineBytes : Number.MAX_SAFE_INTEGER;
  const csvUtf8 = file.format === 'csv' && utf8;
  const scan = await scanFile(file.path, file.name, file.gzip, limit, csvUtf8);
  if (scan.bytes === 0 || file.head.trim() === '')
    throw new ImportError(file.name, 'is empty: it has no records to import');
  if (file.format === 'xes') return openXes(conn, file, ctx);
  const noNul = !scan.nul;
  let path = file.path;
  let gzip = file.gzip;
  const marked = (found: FileScan) => [...found.long, ...found.blank].sort((a, b) => a.start - b.start);
  let long = marked(scan);
  if (!utf8) {
    path = join(ctx.workDir, `${ctx.tag}.utf8`);
    gzip = false;
    await transcodeToUtf8(file, path);
    if (lines) long = marked(await scanFile(path, file.name, false, ctx.maxLineBytes, file.format === 'csv'));
  }
  if (ctx.retry && lines) {
    const copy = join(ctx.workDir, `${ctx.tag}.lf`);
    await crlfToLf(path, gzip, copy);
    path = copy;
    gzip = false;
    long = marked(await scanFile(path, file.name, false, ctx.maxLineBytes, file.format === 'csv'));
  }
  const extras: StageExtras = { noNul };
  const temps: string[] = [];
  if (long.length > 0) {
    const copy = join(ctx.workDir, `${ctx.tag}.cut`);
    const records = await replaceLongLines(path, gzip, long, ctx.maxLineBytes, copy);
    extras.blankLines = long.some((line) => line.blank);
    if (records.length > 0) {
      const table = await longLineTable(conn, records, join(ctx.workDir, `${ctx.tag}.long.ndjson`), ctx.tag);
      extras.longLines = table;
      temps.push(table);
    }
    path = copy;
    gzip = false;
  }
  const common = { path, gzip, tag: ctx.tag, maxLineBytes: ctx.maxLineBytes };
  if (file.format === 'csv')
    return { source: csvSource({ ...common, head: file.head, delimiter: ctx.delimiter }), extras, temps };
  const mode = jsonMode(file);
  if (mode !== 'lines' && !ctx.retry) {
    const source = await jsonSource(conn, { ...common, mode });
    if (!source.fileError) return { source, extras, temps };
  }
  if (mode === 'lines') return { source: await jsonSource(conn, { ...common, mode }), extras, temps };
  const split = await openSplit(conn, { ...common, ctx });
  return { ...split, extras: { ...split.extras, noNul } };
}

/** A JSON document DuckDB cannot read whole, read as NDJSON of its records. */
async function openSplit(
  conn: DuckDBConnection,
  input: { path: string; gzip: boolean; ctx: OpenContext },
): Promise<OpenedFile> {
  const { ctx } = input;
  const copy = join(ctx.workDir, `${ctx.tag}.records.ndjson`);
  const split = await splitJsonDocument(input.path, input.gzip, copy, ctx.maxLineBytes);
  const extras: StageExtras = {};
  if (split.long.length > 0)
    extras.longLines = await longLineTable(
      conn,
      split.long,
      join(ctx.workDir, `${ctx.tag}.long.ndjson`),
      ctx.tag,
    );
  const source = await jsonSource(conn, {
    path: copy,
    gzip: false,
    mode: 'lines',
    tag: ctx.tag,
    maxLineBytes: ctx.maxLineBytes * 3 + 64, // the split counts characters
  });
  return { source, extras, temps: extras.longLines ? [extras.longLines] : [] };
}

async function openXes(conn: DuckDBConnection, file: DetectedFile, ctx: OpenContext): Promise<OpenedFile> {
  const path = join(ctx.workDir, `${ctx.tag}.ndjson`);
  const rejectsPath = join(ctx.workDir, `${ctx.tag}.rejects.ndjson`);
  const result = await xesToNdjson(file, path, rejectsPath, ctx.onConvert, ctx.maxLineBytes);
  const source = await jsonSource(conn, {
    path,
    gzip: false,
    mode: 'lines',
    lineKey: XES_LINE_KEY,
    tag: ctx.tag,
    maxLineBytes: ctx.maxLineBytes,
  });
  // The converter writes JSON strings, where NUL can only appear escaped.
  if (result.rejected === 0) return { source, extras: { noNul: true }, temps: [] };
  const table = `stage_convrej_${ctx.tag}`;
  await conn.run(`CREATE TEMP TABLE ${table} AS SELECT line, raw, reason FROM read_json(${sqlString(rejectsPath)},
    format = 'newline_delimited', columns = {line: 'BIGINT', raw: 'VARCHAR', reason: 'VARCHAR'})`);
  return { source, extras: { rejectsTable: table, noNul: true }, temps: [table] };
}

/** NDJSON is read line by line; a document starting with `[` as an array (a BOM hides that from DuckDB). */
function jsonMode(file: DetectedFile): 'lines' | 'array' | 'document' {
  if (file.format === 'ndjson') return 'lines';
  return file.head.trimStart().startsWith('[') ? 'array' : 'document';
}
