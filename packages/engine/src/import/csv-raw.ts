import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReaderFile } from './original-bytes.ts';
import { updateTexts } from './raw-update.ts';

/** Bad rows of one file whose text is read back at most; the rest keep the text rebuilt from their fields. */
const MAX_ROWS = 10_000;
/** Bytes of one row read back at most; a longer row keeps the rebuilt text. */
const MAX_BYTES = 64 * 1024;

/** Where the staged rows of a CSV are and how their physical line is computed. */
export interface CsvRows {
  table: string;
  /** SQL of a staged row's first physical line, over alias `s` (and `l` when `lineTable` is set). */
  line: string;
  lineTable: string | null;
  file: ReaderFile;
}

/**
 * Gives the CSV rows the checks found bad (time, identifier …) their text as written in the
 * file, lines and quoting included, instead of the text rebuilt from their parsed fields:
 * one pass over the file, counting lines, only when there are such rows.
 */
export async function restoreCsvRows(conn: DuckDBConnection, rows: CsvRows): Promise<void> {
  const join = rows.lineTable ? ` LEFT JOIN ${rows.lineTable} l ON l.rid = s.rowid` : '';
  const found = await conn.runAndReadAll(`SELECT s.rowid AS rid, ${rows.line} AS line, s.__nl AS nl
    FROM ${rows.table} s${join}
    WHERE s.__reason IS NOT NULL AND NOT starts_with(s.__reason, 'line of ') ORDER BY line LIMIT ${MAX_ROWS}`);
  const wanted = found
    .getRowObjects()
    .map((r) => ({ rid: Number(r.rid), line: Number(r.line), lines: Number(r.nl) + 1 }));
  if (wanted.length === 0) return;
  const texts = await readLines(rows.file, wanted);
  const updates = wanted.flatMap((row) => {
    const text = texts.get(row.line);
    return text === undefined ? [] : [{ key: row.rid, text }];
  });
  await updateTexts(conn, rows.table, 'rowid', '__raw', updates);
}

/** The text of `lines` physical lines from each wanted line on (1-based), without the last line end. */
async function readLines(
  file: ReaderFile,
  wanted: readonly { line: number; lines: number }[],
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const stream = createReadStream(file.path);
  const input: Readable = file.gzip ? stream.pipe(createGunzip()) : stream;
  let line = 1;
  let next = 0;
  let open: { line: number; left: number; parts: Buffer[]; size: number } | null = null;
  const finish = () => {
    if (open && open.size <= MAX_BYTES) {
      out.set(
        open.line,
        Buffer.concat(open.parts)
          .toString('utf8')
          .replace(/\r?\n$/, ''),
      );
    }
    open = null;
  };
  try {
    for await (const data of input) {
      const chunk = data as Buffer;
      let at = 0;
      while (at < chunk.length) {
        const target = wanted[next];
        if (!open && target === undefined) break;
        const end = chunk.indexOf(10, at);
        const stop = end < 0 ? chunk.length : end + 1;
        if (!open && target && target.line === line) {
          open = { line, left: target.lines, parts: [], size: 0 };
          next++;
        }
        if (open) {
          if (open.size <= MAX_BYTES) open.parts.push(chunk.subarray(at, stop));
          open.size += stop - at;
        }
        at = stop;
        if (end < 0) break;
        line++;
        if (open && --open.left === 0) finish();
      }
      if (!open && next >= wanted.length) break;
    }
  } finally {
    stream.destroy();
  }
  finish();
  return out;
}
