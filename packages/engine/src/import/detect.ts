import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { ImportError } from './errors.ts';
import type { ImportFormat } from './options.ts';

/** A concrete format; `auto` is resolved by {@link detectFile}. */
export type FileFormat = Exclude<ImportFormat, 'auto'>;

/** What the importer learned about a file before reading it. */
export interface DetectedFile {
  path: string;
  /** File name without directories: the event source, and part of each event's hash id. */
  name: string;
  format: FileFormat;
  gzip: boolean;
  /** `utf-8`, or the encoding to transcode from. */
  encoding: string;
  /** The first bytes of the content, decoded (no BOM), for sniffing headers and keys. */
  head: string;
}

/** Bytes of (decompressed) content looked at to decide format and encoding. */
const HEAD_BYTES = 64 * 1024;

const EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'json',
  xes: 'xes',
  xml: 'xes',
};

/**
 * Decides format, compression and encoding of a file from its name and its first bytes:
 * gzip by the magic bytes 1f 8b; XES by a leading `<`; a JSON array by `[`; NDJSON when the
 * first line is a whole JSON object; CSV otherwise. An explicit format or encoding wins.
 */
export async function detectFile(
  path: string,
  format: ImportFormat,
  encoding: string,
): Promise<DetectedFile> {
  const name = basename(path);
  const raw = await readHead(path, false).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(name, `cannot read ${path} (${error.code ?? error.message})`);
  });
  const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
  const bytes = gzip ? await readHead(path, true) : raw;
  const resolvedEncoding = encoding === 'auto' ? guessEncoding(bytes) : normalizeEncoding(name, encoding);
  const head = decodeHead(bytes, resolvedEncoding);
  const resolvedFormat = format === 'auto' ? guessFormat(name, head) : format;
  return { path, name, format: resolvedFormat, gzip, encoding: resolvedEncoding, head };
}

async function readHead(path: string, gunzip: boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const file = createReadStream(path, gunzip ? {} : { start: 0, end: HEAD_BYTES - 1 });
  const stream = gunzip ? file.pipe(createGunzip()) : file;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= HEAD_BYTES) break;
    }
  } catch (error) {
    if (!gunzip || size === 0) throw error;
  } finally {
    file.destroy();
  }
  return Buffer.concat(chunks).subarray(0, HEAD_BYTES);
}

/** UTF-8 when the sample is valid UTF-8 (a character cut at the end is forgiven). */
function guessEncoding(bytes: Buffer): string {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    if (isUtf8(bytes.subarray(0, bytes.length - cut))) return 'utf-8';
    if (bytes.length < HEAD_BYTES) break;
  }
  return 'windows-1251';
}

function normalizeEncoding(file: string, encoding: string): string {
  const lower = encoding.toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  if (!iconv.encodingExists(lower)) throw new ImportError(file, `unknown encoding "${encoding}"`);
  return lower;
}

function decodeHead(bytes: Buffer, encoding: string): string {
  const text = encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, encoding);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function guessFormat(name: string, head: string): FileFormat {
  const ext = name.toLowerCase().replace(/\.gz$/, '').split('.').pop();
  const byName = ext ? EXTENSIONS[ext] : undefined;
  const start = head.trimStart();
  if (start.startsWith('<')) return 'xes';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return isJsonLine(start.split('\n', 1)[0] ?? '') ? 'ndjson' : 'json';
  return byName === 'xes' || byName === 'json' || byName === 'ndjson' ? byName : 'csv';
}

function isJsonLine(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
