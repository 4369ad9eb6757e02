import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { LONG_LINE_PREFIX, type LongLineRecord } from './long-lines.ts';

/** What {@link splitJsonDocument} wrote. */
export interface SplitJson {
  records: number;
  /** Records longer than the limit, written as marker lines (see `long-lines.ts`). */
  long: LongLineRecord[];
}

const OPEN = new Set(['{', '[']);
const CLOSE = new Set(['}', ']']);

/**
 * Rewrites a JSON document that DuckDB cannot read as a whole (a truncated array, a broken
 * element) as NDJSON at `target`, one top-level record per line — the elements of an
 * array, or the values of a sequence of documents — so DuckDB then parses each record on
 * its own and only the broken ones are quarantined; record n is line n. A record cut off
 * by the end of the file is the last line.
 *
 * Hand-written on purpose: a JSON parser (DuckDB's or a streaming library) stops at the
 * first syntax error, losing every later record, while this only tracks strings and bracket
 * depth to find where records end — it never decides what is valid JSON. A record with
 * unbalanced brackets runs on until the brackets balance again. Newlines between tokens
 * become spaces; a record longer than `maxLineBytes` is replaced by a marker line.
 */
export async function splitJsonDocument(
  path: string,
  gzip: boolean,
  target: string,
  maxLineBytes: number,
): Promise<SplitJson> {
  const file = createReadStream(path);
  const text = (gzip ? file.pipe(createGunzip()) : file).setEncoding('utf8');
  const out = createWriteStream(target);
  const result: SplitJson = { records: 0, long: [] };
  let record = '';
  let size = 0;
  let hash = createHash('sha256');
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** 0: before the document; 1: the document is an array; 2: a sequence of values. */
  let mode = 0;
  let bom = true;
  const emit = async () => {
    const trimmed = record.trim();
    if (trimmed === '' && size <= maxLineBytes) return;
    let line = trimmed;
    if (size > maxLineBytes) {
      line = `\u0002opencjm-long-line-${result.long.length}\u0002`;
      result.long.push({
        marker: line,
        raw: trimmed.slice(0, LONG_LINE_PREFIX),
        reason: `record of ${size} characters is longer than the limit of ${maxLineBytes} (maxLineBytes); kept: its first ${LONG_LINE_PREFIX} characters, SHA-256 ${hash.digest('hex')}`,
      });
    }
    result.records++;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
    record = '';
    size = 0;
    hash = createHash('sha256');
  };
  for await (const chunk of text) {
    let piece = chunk as string;
    if (bom) {
      piece = piece.replace(/^\uFEFF/, '');
      bom = false;
    }
    let from = 0;
    const add = (to: number) => {
      const part = piece.slice(from, to).replace(/[\r\n]/g, ' ');
      from = to;
      if (size + part.length > maxLineBytes && size <= maxLineBytes) {
        // The record just became too long: from here on only a prefix and the hash are kept.
        hash.update(record);
        record = record.slice(0, LONG_LINE_PREFIX);
      }
      size += part.length;
      if (size <= maxLineBytes) {
        record += part;
        return;
      }
      hash.update(part);
      if (record.length < LONG_LINE_PREFIX) record += part.slice(0, LONG_LINE_PREFIX - record.length);
    };
    for (let i = 0; i < piece.length; i++) {
      const ch = piece[i] as string;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (mode === 0 && ch.trim() !== '') {
        mode = ch === '[' ? 1 : 2;
        if (mode === 1) from = i + 1;
        else depth = OPEN.has(ch) ? 1 : 0;
        continue;
      }
      if (OPEN.has(ch)) depth++;
      else if (CLOSE.has(ch)) {
        depth--;
        if (mode === 1 && depth < 0) {
          add(i);
          await emit();
          depth = 0;
          from = i + 1;
        } else if (mode === 2 && depth === 0) {
          add(i + 1);
          await emit();
        }
      } else if (ch === ',' && mode === 1 && depth === 0) {
        add(i);
        await emit();
        from = i + 1;
      }
    }
    add(piece.length);
  }
  await emit();
  out.end();
  await once(out, 'finish');
  return result;
}
