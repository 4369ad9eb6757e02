import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * Writes a copy of a file's content with every CRLF turned into LF, for a CSV or NDJSON file
 * mixing both: DuckDB's CSV reader fails on the whole file then ("state machine reached an
 * invalid state") instead of reading its lines. Line numbers stay the same; a CRLF inside a
 * quoted field becomes LF too.
 */
export async function crlfToLf(path: string, gzip: boolean, target: string): Promise<void> {
  let pendingCr = false;
  const convert = new Transform({
    transform(data: Buffer, _encoding, done) {
      let chunk = data;
      if (pendingCr) chunk = Buffer.concat([Buffer.from('\r'), chunk]);
      pendingCr = chunk.length > 0 && chunk[chunk.length - 1] === 13;
      if (pendingCr) chunk = chunk.subarray(0, -1);
      const parts: Buffer[] = [];
      let from = 0;
      for (let at = chunk.indexOf('\r\n'); at >= 0; at = chunk.indexOf('\r\n', at + 2)) {
        parts.push(chunk.subarray(from, at));
        from = at + 1;
      }
      parts.push(chunk.subarray(from));
      done(null, Buffer.concat(parts));
    },
    flush(done) {
      done(null, pendingCr ? Buffer.from('\r') : Buffer.alloc(0));
    },
  });
  const input = createReadStream(path);
  if (gzip) await pipeline(input, createGunzip(), convert, createWriteStream(target));
  else await pipeline(input, convert, createWriteStream(target));
}
