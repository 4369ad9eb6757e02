import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';

/**
 * Test fixtures. The story: Anna clicks an ad (anonymous id a-1), signs up with her
 * e-mail, buys as user u-anna and writes a review; Boris only browses.
 */
export const ANNA_CSV = [
  'timestamp,customer_id,event,channel',
  '2026-03-01T10:00:00+03:00,anna,ad_click,ads',
  '2026-03-01T10:05:00+03:00,anna,page_view,web',
  '2026-03-01T10:20:00+03:00,anna,purchase,web',
  '2026-03-02T09:00:00+03:00,boris,page_view,web',
  '2026-03-03T18:00:00+03:00,anna,review,web',
].join('\n');

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'opencjm-import-test-'));
}

/** Writes a file (gzip when the name ends in .gz) and returns its path. */
export function writeFixture(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(bytes) : bytes);
  return path;
}

/** A workspace store in a fresh directory (so the quarantine file is written). */
export async function workspaceStore(): Promise<{ store: DuckDbStore; dir: string }> {
  const dir = tempDir();
  return { store: await openDuckDbStore(join(dir, 'ws')), dir };
}

/** Rows of a query as JSON values: cast BIGINT to INTEGER and times to VARCHAR in the SQL. */
export async function rows(store: DuckDbStore, sql: string): Promise<Record<string, unknown>[]> {
  return (await store.conn.runAndReadAll(sql)).getRowObjectsJson();
}
