import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DetectedFile } from './detect.ts';
import { csvSource } from './sources/csv.ts';
import { jsonSource } from './sources/json.ts';
import type { RawSource } from './sources/raw-source.ts';
import { transcodeToUtf8 } from './transcode.ts';
import { XES_LINE_KEY, xesToNdjson } from './xes.ts';

/** Where and how one file is opened. */
export interface OpenContext {
  /** Directory for converted copies (XES → NDJSON, legacy encodings → UTF-8). */
  workDir: string;
  tag: string;
  delimiter?: string;
  onConvert?: (fraction: number) => void;
}

/** A file ready for DuckDB, and a record-level problem found while converting it. */
export interface OpenedFile {
  source: RawSource;
  /** The converter stopped here (XES that is not well-formed from this line on). */
  conversionError: { line: number; reason: string } | null;
}

/**
 * Makes a detected file readable by DuckDB: XES is streamed to NDJSON and a legacy encoding
 * transcoded to UTF-8 first; DuckDB reads everything else directly (gzip included).
 */
export async function openFile(
  conn: DuckDBConnection,
  file: DetectedFile,
  ctx: OpenContext,
): Promise<OpenedFile> {
  if (file.format === 'xes') {
    const path = join(ctx.workDir, `${ctx.tag}.ndjson`);
    const result = await xesToNdjson(file, path, ctx.onConvert);
    const source = await jsonSource(conn, {
      path,
      gzip: false,
      mode: 'lines',
      lineKey: XES_LINE_KEY,
      tag: ctx.tag,
    });
    const error = result.error && {
      line: result.error.line,
      reason: `not well-formed XML: ${result.error.message}`,
    };
    return { source, conversionError: error };
  }
  let path = file.path;
  let gzip = file.gzip;
  if (file.encoding !== 'utf-8') {
    path = join(ctx.workDir, `${ctx.tag}.utf8`);
    gzip = false;
    await transcodeToUtf8(file, path);
  }
  const source =
    file.format === 'csv'
      ? csvSource({ path, gzip, head: file.head, delimiter: ctx.delimiter, tag: ctx.tag })
      : await jsonSource(conn, { path, gzip, mode: jsonMode(file), tag: ctx.tag });
  return { source, conversionError: null };
}

/** NDJSON is read line by line; a document starting with `[` as an array (a BOM hides that from DuckDB). */
function jsonMode(file: DetectedFile): 'lines' | 'array' | 'document' {
  if (file.format === 'ndjson') return 'lines';
  return file.head.trimStart().startsWith('[') ? 'array' : 'document';
}
