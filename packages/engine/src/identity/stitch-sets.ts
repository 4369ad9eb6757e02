import { type DuckDBConnection, DuckDBDataChunk, type DuckDBType, INTEGER, TINYINT } from '@duckdb/node-api';
import { MERGED, SAME } from './stitch-tables.ts';
import type { CappedUnionFind } from './union-find.ts';

/** Rows per appended chunk (DuckDB's vector size). */
const CHUNK = 2048;

/**
 * The kind of every identifier, by its position in `stitch_ids`. (A connection runs one
 * statement at a time, so each stream here is read to its end before the next statement.)
 */
export async function readKinds(conn: DuckDBConnection): Promise<Uint8Array> {
  const count = await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM stitch_ids');
  const result = await conn.stream('SELECT rowid, kind FROM stitch_ids');
  const kinds = new Uint8Array(Number(count.getRowObjects()[0]?.n ?? 0));
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const ids = chunk.getColumnValues(0);
    const values = chunk.getColumnValues(1);
    for (let i = 0; i < chunk.rowCount; i++) kinds[Number(ids[i])] = Number(values[i]);
  }
  return kinds;
}

/** Unions the edges in order and writes each edge's outcome to `stitch_codes`, aligned by position. */
export async function unionEdges(conn: DuckDBConnection, sets: CappedUnionFind) {
  const outcome = { merged: 0, refused: 0 };
  const codes: number[] = [];
  const result = await conn.stream('SELECT a, b FROM stitch_edges');
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const as = chunk.getColumnValues(0);
    const bs = chunk.getColumnValues(1);
    for (let i = 0; i < chunk.rowCount; i++) {
      const union = sets.union(Number(as[i]), Number(bs[i]));
      codes.push(union.kind === 'same' ? SAME : union.kind === 'merged' ? MERGED : 2 + union.type);
      if (union.kind === 'merged') outcome.merged++;
      if (union.kind === 'refused') outcome.refused++;
    }
  }
  await conn.run('CREATE OR REPLACE TEMP TABLE stitch_codes (code TINYINT)');
  const appender = await conn.createAppender('stitch_codes');
  for (let start = 0; start < codes.length; start += CHUNK) {
    appendColumns(appender, [TINYINT], [codes.slice(start, start + CHUNK)]);
  }
  appender.closeSync();
  return outcome;
}

/** `stitch_roots`: the set root of every identifier, aligned by position with `stitch_ids`. */
export async function writeRoots(conn: DuckDBConnection, sets: CappedUnionFind): Promise<void> {
  await conn.run('CREATE OR REPLACE TEMP TABLE stitch_roots (root INTEGER, size INTEGER)');
  const appender = await conn.createAppender('stitch_roots');
  for (let start = 0; start < sets.length; start += CHUNK) {
    const roots: number[] = [];
    const sizes: number[] = [];
    for (let n = start; n < Math.min(sets.length, start + CHUNK); n++) {
      roots.push(sets.find(n));
      sizes.push(sets.setSize(n));
    }
    appendColumns(appender, [INTEGER, INTEGER], [roots, sizes]);
  }
  appender.closeSync();
}

/** Appends columns of numbers (at most 2048 rows) as one chunk. */
function appendColumns(
  appender: Awaited<ReturnType<DuckDBConnection['createAppender']>>,
  types: DuckDBType[],
  columns: number[][],
): void {
  const chunk = DuckDBDataChunk.create(types, columns[0]?.length ?? 0);
  columns.forEach((values, i) => {
    chunk.setColumnValues(i, values);
  });
  appender.appendDataChunk(chunk);
}
