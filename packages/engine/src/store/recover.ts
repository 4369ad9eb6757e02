import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stitchIdentities } from '../identity/stitch.ts';
import type { DuckDbStore } from './duckdb.ts';

/**
 * Where an import of this store keeps its temporary files (converted copies): the
 * workspace's `tmp/` folder, emptied on every open, or the system's for an in-memory store.
 */
export function storeTempDir(dbPath: string): string {
  if (dbPath === ':memory:') return tmpdir();
  const dir = join(dirname(dbPath), 'tmp');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What {@link recoverStore} found left over from a process that was killed. */
export interface Recovery {
  /** Temporary files and folders removed. */
  removed: number;
  /** Identity stitching was redone for imports whose stitching had not finished. */
  restitched: boolean;
}

/**
 * Puts a freshly opened store back into a whole state after a crash (kill -9, power loss)
 * of the process that had it open. Runs while this process holds DuckDB's lock on the
 * file, so nobody else is using these files:
 * - removes what imports and DuckDB's spilling left in `WORKSPACE/tmp/` and
 *   `opencjm.duckdb.tmp/`;
 * - redoes identity stitching when an import committed events but not its stitch
 *   (`stitch_pending`), so counts never mix new events with old identities.
 */
export async function recoverStore(store: DuckDbStore): Promise<Recovery> {
  let removed = 0;
  if (store.path !== ':memory:') {
    for (const dir of [storeTempDir(store.path), `${store.path}.tmp`]) removed += emptyDir(dir);
  }
  const pending = await store.conn.runAndReadAll(
    'SELECT max_ids_per_type AS cap FROM stitch_pending ORDER BY rowid DESC LIMIT 1',
  );
  const cap = pending.getRowObjects()[0]?.cap;
  if (cap === undefined) return { removed, restitched: false };
  await stitchIdentities(store, { maxIdsPerType: Number(cap) });
  return { removed, restitched: true };
}

function emptyDir(dir: string): number {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) rmSync(join(dir, entry), { recursive: true, force: true });
  return entries.length;
}
