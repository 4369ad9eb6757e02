import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An uploaded file on disk until `remove` is called. */
export interface SavedUpload {
  readonly path: string;
  /** Bytes written. */
  readonly bytes: number;
  remove(): void;
}

/**
 * Streams `body` to a new temporary directory as `name` (made safe for a file name), so
 * any size uploads without being held in memory. The importer later detects the format
 * from the name and the first bytes.
 */
export async function saveUpload(body: Readable, name: string): Promise<SavedUpload> {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-upload-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const path = join(dir, safeFileName(name));
  let bytes = 0;
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  try {
    await pipeline(body, createWriteStream(path));
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
