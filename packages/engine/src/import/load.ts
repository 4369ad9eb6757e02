import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sql.ts';
import type { StagedFile } from './stage.ts';

/** Counts of one file; read = accepted + quarantined + duplicates. */
export interface LoadCounts {
  read: number;
  accepted: number;
  quarantined: number;
  duplicates: number;
}

/** A staged file and where its rows go. */
export interface LoadInput {
  staged: StagedFile;
  fileName: string;
  importId: string;
  startedAt: Date;
  batchRows: number;
  /** Whether stored events may share ids with this file (an earlier import of the same name, or ids given by the source). */
  mayRepeat: boolean;
  /** The stitching cap when the import stitches afterwards: recorded in `stitch_pending` with the first batch. */
  stitchCap: number | null;
  /** Called after each committed batch with the share of the file done (0..1). */
  onBatch?: (fraction: number) => void;
}

/**
 * Moves a staged file into `events` and `quarantine`, one transaction per batch of
 * `batchRows` staged rows: bad rows (and, with the first batch, the records the reader
 * rejected) to the quarantine, good rows whose id is not stored yet to events, and the
 * file's line in `imports` updated — all or nothing, so a killed import leaves whole
 * batches only and can be re-run (the committed batches then count as duplicates). The
 * first batch also notes in `stitch_pending` that identities must be stitched again, so
 * a store killed before its stitch is stitched when next opened.
 * `seq` continues from the largest stored one, in file order.
 */
export async function loadStaged(conn: DuckDBConnection, input: LoadInput): Promise<LoadCounts> {
  const total: LoadCounts = { read: 0, accepted: 0, quarantined: 0, duplicates: 0 };
  const seqRows = await conn.runAndReadAll('SELECT coalesce(max(seq), 0) AS s FROM events');
  const base = BigInt(String(seqRows.getRowObjects()[0]?.s ?? 0));
  const batches = Math.max(1, Math.ceil(input.staged.rows / input.batchRows));
  for (let batch = 0; batch < batches; batch++) {
    const lo = batch * input.batchRows;
    const hi = Math.min(input.staged.rows, lo + input.batchRows);
    await conn.run('BEGIN TRANSACTION');
    try {
      const counts = await loadBatch(conn, input, base, `s.rowid >= ${lo} AND s.rowid < ${hi}`, batch === 0);
      await recordImport(conn, input, counts, batch === 0);
      await conn.run('COMMIT');
      for (const key of Object.keys(total) as (keyof LoadCounts)[]) total[key] += counts[key];
    } catch (error) {
      await conn.run('ROLLBACK');
      throw error;
    }
    input.onBatch?.((batch + 1) / batches);
  }
  return total;
}

async function loadBatch(
  conn: DuckDBConnection,
  input: LoadInput,
  base: bigint,
  range: string,
  first: boolean,
): Promise<LoadCounts> {
  const { staged, importId, fileName } = input;
  const from = `${staged.table} s${staged.lineTable ? ` LEFT JOIN ${staged.lineTable} l ON l.rid = s.rowid` : ''}`;
  const tally = await conn.runAndReadAll(`SELECT count(*) FILTER (s.__present) AS present,
    count(*) FILTER (s.__reason IS NOT NULL) AS bad FROM ${staged.table} s WHERE ${range}`);
  const row = tally.getRowObjects()[0];
  const rejected = first ? await count(conn, staged.rejects) : 0;
  const bad = Number(row?.bad ?? 0) + rejected;
  const quarantined = await changed(
    conn,
    `INSERT INTO quarantine SELECT ${sqlString(importId)}, ${sqlString(fileName)}, q.line, q.raw, q.reason
     FROM (${first ? `SELECT line, raw, reason FROM ${staged.rejects} UNION ALL ` : ''}
       SELECT ${staged.line} AS line, s.__raw AS raw, s.__reason AS reason FROM ${from}
       WHERE ${range} AND s.__reason IS NOT NULL) q
     WHERE NOT EXISTS (SELECT 1 FROM quarantine x WHERE x.source = ${sqlString(fileName)}
       AND x.line IS NOT DISTINCT FROM q.line AND x.raw IS NOT DISTINCT FROM q.raw)`,
  );
  const skip = input.mayRepeat ? await storedIds(conn, staged.table, range) : null;
  const accepted = await changed(
    conn,
    `INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, channel, source, url, text,
       score, value, properties, import_id, line)
     SELECT s.__event_id, s.__ts, ${base} + s.rowid + 1, s.__event, s.__ids[1], s.__ids,
       s.__channel, s.__source, s.__url, s.__text, s.__score, s.__value, s.__properties,
       ${sqlString(importId)}, ${staged.line}
     FROM ${from} WHERE ${range} AND s.__present AND s.__reason IS NULL
       ${skip ? `AND s.rowid NOT IN (SELECT rid FROM ${skip})` : ''}`,
  );
  if (skip) await conn.run(`DROP TABLE ${skip}`);
  const good = Number(row?.present ?? 0) - (bad - rejected);
  const read = good + bad;
  return { read, accepted, quarantined, duplicates: read - accepted - quarantined };
}

/**
 * Rows of the batch to leave out: their id is stored already, or repeats an id given
 * earlier in the file. Looked up into a small table first — an INSERT with a join in it
 * writes several times slower than a plain INSERT … SELECT.
 */
async function storedIds(conn: DuckDBConnection, table: string, range: string): Promise<string> {
  const skip = `${table}_skip`;
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${skip} AS
    SELECT s.rowid AS rid FROM ${table} s SEMI JOIN events e ON e.event_id = s.__event_id WHERE ${range}
    UNION ALL
    SELECT rid FROM (SELECT s.rowid AS rid, row_number() OVER (PARTITION BY s.__event_id ORDER BY s.rowid) AS k
      FROM ${table} s WHERE s.__given AND s.__reason IS NULL) WHERE k > 1`);
  return skip;
}

async function recordImport(conn: DuckDBConnection, input: LoadInput, c: LoadCounts, first: boolean) {
  const id = sqlString(input.importId);
  const source = sqlString(input.fileName);
  if (first && input.stitchCap !== null) {
    await conn.run(`INSERT INTO stitch_pending SELECT ${id}, ${input.stitchCap}
      WHERE NOT EXISTS (SELECT 1 FROM stitch_pending WHERE import_id = ${id})`);
  }
  if (first) {
    await conn.run(`INSERT INTO imports VALUES (${id}, ${source}, ${sqlString(input.startedAt.toISOString())},
      ${c.read}, ${c.accepted}, ${c.quarantined}, ${c.duplicates})`);
    return;
  }
  await conn.run(`UPDATE imports SET read = read + ${c.read}, accepted = accepted + ${c.accepted},
    quarantined = quarantined + ${c.quarantined}, duplicates = duplicates + ${c.duplicates}
    WHERE import_id = ${id} AND source = ${source}`);
}

async function count(conn: DuckDBConnection, table: string): Promise<number> {
  return Number((await conn.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjects()[0]?.n ?? 0);
}

async function changed(conn: DuckDBConnection, sql: string): Promise<number> {
  return (await conn.run(sql)).rowsChanged;
}
