import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip, type Gunzip } from 'node:zlib';
import { errorMessage, ImportError } from './errors.ts';

/** A physical line longer than the limit: bytes `[start, end)` of the (decompressed) content, without its newline. */
export interface LongLine {
  start: number;
  end: number;
  /** A blank line rather than a long one. */
  blank?: true;
}

/** What one pass over a file's content found. */
export interface FileScan {
  /** Bytes of content (decompressed for gzip). */
  bytes: number;
  /** Lines longer than `maxLineBytes`, in file order. */
  long: LongLine[];
  /** Blank lines (empty, or a lone CR) after the first line, when asked for; in file order. */
  blank: LongLine[];
  /** The content holds a NUL byte or a JSON `\u0000` escape somewhere (records are then checked). */
  nul: boolean;
}

/**
 * Bytes read per chunk. When a chunk is no longer than the line limit, only the lines at its
 * edges can be too long, so only its first and last newline are looked for.
 */
const CHUNK = 1 << 20;

/** JSON's escape of a NUL character: decoded, it stores a NUL all the same. */
const NUL_ESCAPE = Buffer.from('\\u0000');

/**
 * Reads a file's content once, end to end, before anything of it is stored: a gzip file that
 * is cut short or corrupt throws an {@link ImportError} naming the compressed byte offset
 * where decompression failed, and lines longer than `maxLineBytes` are located (DuckDB's
 * CSV reader drops a line longer than its buffer without a trace, so such lines never reach
 * it; see `long-lines.ts`). Only newline positions are looked at, not the content.
 */
export async function scanFile(
  path: string,
  name: string,
  gzip: boolean,
  maxLineBytes: number,
  findBlank = false,
): Promise<FileScan> {
  const file = createReadStream(path, { highWaterMark: CHUNK });
  const gunzip = gzip ? createGunzip({ chunkSize: CHUNK }) : null;
  const stream: Readable = gunzip ? file.pipe(gunzip) : file;
  const long: LongLine[] = [];
  const blank = new Map<number, number>();
  let base = 0;
  let lineStart = 0;
  /** The last one or two bytes of the previous chunk, for blank lines across chunk edges. */
  let tail: Buffer = Buffer.alloc(0);
  let nul = false;
  const end = (at: number) => {
    if (at - lineStart > maxLineBytes) long.push({ start: lineStart, end: at });
  };
  try {
    for await (const data of stream) {
      const chunk = data as Buffer;
      nul ||= chunk.includes(0) || chunk.includes(NUL_ESCAPE);
      if (findBlank) {
        findBlankLines(Buffer.concat([tail, chunk]), base - tail.length, blank);
        tail = chunk.subarray(Math.max(0, chunk.length - 2));
      }
      if (chunk.length <= maxLineBytes) {
        const first = chunk.indexOf(10);
        if (first >= 0) {
          end(base + first);
          lineStart = base + chunk.lastIndexOf(10) + 1;
        }
      } else {
        for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) {
          end(base + at);
          lineStart = base + at + 1;
        }
      }
      base += chunk.length;
    }
  } catch (error) {
    if (!gunzip) throw new ImportError(name, `cannot be read: ${errorMessage(error)}`);
    throw damaged(name, gunzip, base, error);
  } finally {
    file.destroy();
  }
  end(base);
  const blankLines = [...blank]
    .sort((a, b) => a[0] - b[0])
    .map(([start, width]) => ({ start, end: start + width, blank: true as const }));
  return { bytes: base, long, blank: blankLines, nul };
}

const LF_LF = Buffer.from('\n\n');
const LF_CR_LF = Buffer.from('\n\r\n');

/**
 * Adds the start of each blank line of `bytes` (content from offset `base`) to `starts`,
 * with the width of its content: 0 for `\n\n`, 1 for `\n\r\n`. Searches for the two
 * patterns only, not for every newline.
 */
function findBlankLines(bytes: Buffer, base: number, starts: Map<number, number>): void {
  for (const [needle, width] of [
    [LF_LF, 0],
    [LF_CR_LF, 1],
  ] as const) {
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1))
      starts.set(base + at + 1, width);
  }
}
/** The error for a gzip file that stops decompressing: where, and that nothing of it is stored. */
export function damaged(name: string, gunzip: Gunzip, content: number, error: unknown): ImportError {
  const code = (error as NodeJS.ErrnoException).code;
  const what = code === 'Z_BUF_ERROR' ? 'is cut short' : `is corrupt (${errorMessage(error)})`;
  return new ImportError(
    name,
    `the gzip data ${what} at compressed byte ${gunzip.bytesWritten} (after ${content} bytes of content); nothing of this file was imported`,
  );
}
