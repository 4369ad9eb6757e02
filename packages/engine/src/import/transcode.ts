import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import type { DetectedFile } from './detect.ts';

/**
 * Streams a file in a legacy encoding (Windows-1251 for Russian exports) to a UTF-8 copy at
 * `target`, decompressing gzip on the way, so DuckDB can read it. Memory stays constant.
 */
export async function transcodeToUtf8(file: DetectedFile, target: string): Promise<void> {
  const decode = iconv.decodeStream(file.encoding);
  const encode = iconv.encodeStream('utf8');
  const input = createReadStream(file.path);
  const output = createWriteStream(target);
  if (file.gzip) await pipeline(input, createGunzip(), decode, encode, output);
  else await pipeline(input, decode, encode, output);
}
