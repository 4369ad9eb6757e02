import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, writeFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { LongLine } from './scan.ts';
import { sqlString } from './sql.ts';

/** Bytes of a too-long line kept in the quarantine (its `raw`), besides its size and SHA-256. */
export const LONG_LINE_PREFIX = 1024;

/**
 * The line written in place of a blank line of a CSV: DuckDB skips blank lines without
 * counting them, which shifts the line numbers of every later row; a marker line is
 * counted, and staging then drops it.
 */
export const BLANK_MARKER = '\u0002opencjm-blank-line\u0002';

/** A too-long line as it will be quarantined. */
export interface LongLineRecord {
  /** The one-line stand-in written in its place (see {@link replaceLongLines}). */
  marker: string;
  raw: string;
  reason: string;
}

/**
 * Writes a copy of a file's content to `target` with every too-long line replaced by a short
 * marker line, so that DuckDB reads and numbers every line (the marker becomes a bad record
 * at the right line) and the staging step puts the line's real description back: its
 * first {@link LONG_LINE_PREFIX} bytes, its size and its SHA-256. Only run when
 * `scanFile` found such lines.
 */
export async function replaceLongLines(
  path: string,
  gzip: boolean,
  long: readonly LongLine[],
  limit: number,
  target: string,
): Promise<LongLineRecord[]> {
  const file = createReadStream(path);
  const input: Readable = gzip ? file.pipe(createGunzip()) : file;
  const out = createWriteStream(target);
  const records: LongLineRecord[] = [];
  let next = 0;
  let base = 0;
  let hash = createHash('sha256');
  let prefix: Buffer[] = [];
  let prefixBytes = 0;
  const write = async (bytes: Buffer | string) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  for await (const data of input) {
    const chunk = data as Buffer;
    let at = 0;
    while (at < chunk.length) {
      const line = long[next];
      const abs = base + at;
      if (!line || abs + (chunk.length - at) <= line.start) {
        await write(chunk.subarray(at));
        break;
      }
      if (abs < line.start) {
        await write(chunk.subarray(at, line.start - base));
        at = line.start - base;
        continue;
      }
      const stop = Math.min(chunk.length, line.end - base);
      const part = chunk.subarray(at, stop);
      if (!line.blank) hash.update(part);
      if (!line.blank && prefixBytes < LONG_LINE_PREFIX) {
        prefix.push(part.subarray(0, LONG_LINE_PREFIX - prefixBytes));
        prefixBytes += Math.min(part.length, LONG_LINE_PREFIX - prefixBytes);
      }
      at = stop;
      if (base + at === line.end && line.blank) {
        await write(BLANK_MARKER);
        next++;
      } else if (base + at === line.end) {
        const marker = `\u0002opencjm-long-line-${next}\u0002`;
        const size = line.end - line.start;
        records.push({
          marker,
          raw: Buffer.concat(prefix).toString('utf8'),
          reason: `line of ${size} bytes is longer than the limit of ${limit} bytes (maxLineBytes); kept: its first ${LONG_LINE_PREFIX} bytes, SHA-256 ${hash.digest('hex')}`,
        });
        await write(marker);
        next++;
        hash = createHash('sha256');
        prefix = [];
        prefixBytes = 0;
      }
    }
    base += chunk.length;
  }
  out.end();
  await once(out, 'finish');
  return records;
}

/**
 * Loads the records of {@link replaceLongLines} into a temporary table `(marker, raw,
 * reason)` (through an NDJSON file next to the copy), and returns its name.
 */
export async function longLineTable(
  conn: DuckDBConnection,
  records: readonly LongLineRecord[],
  file: string,
  tag: string,
): Promise<string> {
  const table = `stage_long_${tag}`;
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
  await conn.run(`CREATE TEMP TABLE ${table} AS SELECT marker, raw, reason FROM read_json(${sqlString(file)},
    format = 'newline_delimited', columns = {marker: 'VARCHAR', raw: 'VARCHAR', reason: 'VARCHAR'})`);
  return table;
}
