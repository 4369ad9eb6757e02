import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { updateTexts } from './raw-update.ts';
import { sqlString } from './sql.ts';

/** Bytes of a line read back at most (a longer one is cut there). */
const MAX_LINE = 64 * 1024;

/**
 * The original bytes of the lines starting at `starts` (byte offsets in the content, gzip
 * decompressed), each up to its newline. One pass over the file; for the few lines DuckDB
 * rejected as invalid UTF-8, whose text it keeps only with the bad bytes replaced.
 */
export async function readLinesAt(
  path: string,
  gzip: boolean,
  starts: readonly number[],
): Promise<Map<number, Buffer>> {
  const wanted = [...new Set(starts)].sort((a, b) => a - b);
  const found = new Map<number, Buffer>();
  if (wanted.length === 0) return found;
  const file = createReadStream(path);
  const input: Readable = gzip ? file.pipe(createGunzip()) : file;
  let base = 0;
  let next = 0;
  let open: { start: number; parts: Buffer[]; size: number } | null = null;
  const close = () => {
    if (open) found.set(open.start, Buffer.concat(open.parts));
    open = null;
  };
  try {
    for await (const data of input) {
      const chunk = data as Buffer;
      let at = 0;
      while (at < chunk.length) {
        if (!open) {
          const start = wanted[next];
          if (start === undefined || start >= base + chunk.length) break;
          open = { start, parts: [], size: 0 };
          at = Math.max(at, start - base);
          next++;
        }
        const end = chunk.indexOf(10, at);
        const stop = Math.min(end < 0 ? chunk.length : end, at + MAX_LINE - open.size);
        open.parts.push(chunk.subarray(at, stop));
        open.size += stop - at;
        at = stop;
        if (end >= 0 && stop === end) close();
        else if (open.size >= MAX_LINE) close();
      }
      base += chunk.length;
      if (!open && next >= wanted.length) break;
    }
  } finally {
    file.destroy();
  }
  close();
  return found;
}

/**
 * Text of bytes that are not all valid UTF-8: valid sequences as they are, every other byte
 * as `\xNN` (two hex digits), and a trailing carriage return dropped. Hand-written:
 * TextDecoder replaces bad bytes with U+FFFD, losing which bytes they were.
 */
export function escapeInvalidUtf8(bytes: Buffer): string {
  let out = '';
  let from = 0;
  let i = 0;
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  while (i < end) {
    const size = sequenceLength(bytes, i, end);
    if (size > 0) {
      i += size;
      continue;
    }
    out += `${bytes.subarray(from, i).toString('utf8')}\\x${(bytes[i] ?? 0).toString(16).padStart(2, '0')}`;
    i++;
    from = i;
  }
  return out + bytes.subarray(from, end).toString('utf8');
}

/** Length of the valid UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(b: Buffer, i: number, end: number): number {
  const lead = b[i] ?? 0;
  if (lead < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) =>
    i + k < end && (b[i + k] ?? 0) >= lo && (b[i + k] ?? 0) <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const lo = lead === 0xe0 ? 0xa0 : 0x80;
    const hi = lead === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const lo = lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The file DuckDB's reader reads, for reading rejected lines back. */
export interface ReaderFile {
  path: string;
  gzip: boolean;
}

/** Rejected lines read back per import at most; the rest keep DuckDB's copy. */
const MAX_RESTORED = 10_000;

/**
 * Puts the original bytes back into the quarantine copy of lines DuckDB rejected as
 * invalid UTF-8 (its copy has the bad bytes replaced): read from the file by their byte
 * position, bad bytes written as `\xNN` (see {@link escapeInvalidUtf8}).
 */
export async function restoreInvalidUtf8(
  conn: DuckDBConnection,
  rejects: string,
  file: ReaderFile | null,
): Promise<void> {
  if (!file) return;
  const found = await conn.runAndReadAll(`SELECT pos FROM ${rejects}
    WHERE reason = '${INVALID_UTF8}' AND pos IS NOT NULL ORDER BY pos LIMIT ${MAX_RESTORED}`);
  // DuckDB counts byte positions from 1.
  const starts = found.getRowObjects().map((row) => Number(row.pos) - 1);
  if (starts.length === 0) return;
  const lines = await readLinesAt(file.path, file.gzip, starts);
  const updates = [...lines].map(([pos, bytes]) => ({ key: pos + 1, text: escapeInvalidUtf8(bytes) }));
  await updateTexts(
    conn,
    rejects,
    'pos',
    'raw',
    updates,
    `, reason = ${sqlString(`${INVALID_UTF8}; bytes that are not UTF-8 are written as \\xNN`)}`,
  );
}

/** The reason given to a line with invalid UTF-8. */
export const INVALID_UTF8 = 'not valid UTF-8 text';
