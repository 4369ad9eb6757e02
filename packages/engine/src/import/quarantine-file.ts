import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sql.ts';

/**
 * Writes the quarantined rows of one import to `DIR/<import_id>.ndjson` — one JSON object
 * per line with `source`, `line`, `raw` and `reason`, files in import order and rows in
 * line order — so they can be read, fixed and imported again. DuckDB writes the file;
 * returns its path.
 */
export async function writeQuarantineFile(
  conn: DuckDBConnection,
  dir: string,
  importId: string,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${importId}.ndjson`);
  await conn.run(`COPY (SELECT source, line, raw, reason FROM quarantine WHERE import_id = ${sqlString(importId)}
    ORDER BY min(rowid) OVER (PARTITION BY source), line NULLS LAST) TO ${sqlString(path)} (FORMAT json)`);
  return path;
}
