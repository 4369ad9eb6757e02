import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../http/api-error.ts';

/** An uploaded file on disk until `remove` is called. */
export interface SavedUpload {
  readonly path: string;
  /** Bytes written. */
  readonly bytes: number;
  remove(): void;
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, {
    error: {
      code: 'body-too-large',
      issues: [
        {
          path: '',
          code: 'upload-limit',
          message: `uploads are limited to ${limit} bytes`,
          params: { limit },
        },
      ],
    },
  });
}

/**
 * Streams `body` to a new temporary directory under `parent` (the workspace's `tmp/`, which
 * the next open empties, so a killed server leaves no upload behind) as `name` (made safe for a file name), so
 * any size uploads without being held in memory — up to `maxBytes`: a declared
 * `Content-Length` above it answers 413 before a byte is read, a body growing past it is
 * cut off with 413 and its partial file removed. The importer later detects the format
 * from the name and the first bytes.
 */
export async function saveUpload(
  body: IncomingMessage,
  name: string,
  maxBytes: number,
  parent: string = tmpdir(),
): Promise<SavedUpload> {
  const declared = Number(body.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) {
    body.resume();
    throw tooLarge(maxBytes);
  }
  const dir = mkdtempSync(join(parent, 'opencjm-upload-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const path = join(dir, safeFileName(name));
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(tooLarge(maxBytes));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(path));
  } catch (error) {
    remove();
    throw error;
  }
  return { path, bytes, remove };
}

/** The last path segment of `name` without characters a file name cannot hold. */
export function safeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const clean = Array.from(last, (char) => ((char.codePointAt(0) ?? 0) < 0x20 ? '_' : char))
    .join('')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return clean === '' ? 'upload' : clean;
}
