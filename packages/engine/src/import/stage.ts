import type { DuckDBConnection } from '@duckdb/node-api';
import { type CanonicalInput, canonicalSelect } from './canonical.ts';
import { restoreCsvRows } from './csv-raw.ts';
import { errorMessage, ImportError, MixedNewlines, UnreadableDocument } from './errors.ts';
import { BLANK_MARKER } from './long-lines.ts';
import { INVALID_UTF8, restoreInvalidUtf8 } from './original-bytes.ts';
import { physicalLines } from './sources/lines.ts';
import { sqlString } from './sql.ts';

/**
 * One file read and checked into a temporary staging table (rows in file order, `rowid`
 * is the record's index); nothing of it is in `events` yet.
 */
export interface StagedFile {
  table: string;
  rows: number;
  /** Table `(line, raw, reason)` of records the reader rejected, with physical lines. */
  rejects: string;
  /** SQL of a staging row's line, over alias `s` (and `l` when `lineTable` is set). */
  line: string;
  /** Table `(rid, line)` when lines are not simply first line + rowid. */
  lineTable: string | null;
  /** Temporary tables to drop when the file is done. */
  temps: string[];
}

/** Characters of a rejected line DuckDB keeps in its rejects table. */
const DUCKDB_LINE_KEPT = 10000;

/** Records found outside DuckDB's reader, as temporary tables. */
export interface StageExtras {
  /** `(line, raw, reason)` of records a converter could not convert (broken XES or JSON elements). */
  rejectsTable?: string;
  /** `(marker, raw, reason)` of lines too long to read (see `long-lines.ts`). */
  longLines?: string;
  /** Blank lines of a CSV were replaced by `BLANK_MARKER` lines, to drop once lines are counted. */
  blankLines?: boolean;
  /** The file holds no NUL byte, so records need no check for one. */
  noNul?: boolean;
}

/**
 * Reads a file with DuckDB into a staging table of checked events (see `canonicalSelect`),
 * collects the records DuckDB's reader rejected, gives records their physical lines, and
 * makes hashed event ids unique within the file (a repeated identical record gets
 * `md5(id#n)` for its n-th occurrence, so re-reading the file gives the same ids).
 */
export async function stageRecords(
  conn: DuckDBConnection,
  input: CanonicalInput,
  tag: string,
  extra: StageExtras = {},
): Promise<StagedFile> {
  const { source } = input;
  const table = `stage_${tag}`;
  const rejects = `stage_rejects_${tag}`;
  try {
    await conn.run(`CREATE TEMP TABLE ${table} AS ${canonicalSelect(input)}`);
  } catch (error) {
    if (!source.wholeFile) {
      for (const temp of source.readerTemps) await conn.run(`DROP TABLE IF EXISTS ${temp}`);
      const message = errorMessage(error);
      if (message.includes('state machine reached an invalid state'))
        throw new MixedNewlines(input.fileName, message);
      throw new ImportError(input.fileName, `cannot be read: ${message}`);
    }
    throw new UnreadableDocument(errorMessage(error).split('\n')[0] ?? '');
  }
  await conn.run(`CREATE TEMP TABLE ${rejects} (line BIGINT, raw VARCHAR, reason VARCHAR, pos BIGINT)`);
  if (source.rejectErrors) {
    // One reason per line: DuckDB may report a short row once per missing column.
    await conn.run(`INSERT INTO ${rejects} (line, raw, pos, reason) SELECT line, any_value(trim(csv_line, E'\\r\\n')), min(line_byte_position),
      arg_min(CASE
        WHEN contains(csv_line, chr(0)) THEN 'contains NUL bytes: binary data, not text'
        WHEN error_type = 'LINE SIZE OVER MAXIMUM' THEN 'record longer than the line limit: ' || error_message
        WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS') THEN 'wrong number of fields: ' || error_message
        WHEN error_type = 'UNQUOTED VALUE' THEN 'bad quoting: ' || error_message
        WHEN error_type IN ('INVALID ENCODING', 'INVALID UNICODE') THEN '${INVALID_UTF8}'
        ELSE lower(error_type) || ': ' || coalesce(error_message, 'no detail') END
        || CASE WHEN length(csv_line) >= ${DUCKDB_LINE_KEPT} THEN '; kept: its first ${DUCKDB_LINE_KEPT} characters' ELSE '' END,
        coalesce(column_idx, -1))
      FROM ${source.rejectErrors} GROUP BY line`);
    await restoreInvalidUtf8(conn, rejects, source.readerFile);
  }
  for (const temp of source.readerTemps) await conn.run(`DROP TABLE IF EXISTS ${temp}`);
  if (source.fileError)
    await conn.run(
      `INSERT INTO ${rejects} (line, raw, reason) VALUES (NULL, NULL, ${sqlString(source.fileError)})`,
    );
  if (extra.rejectsTable)
    await conn.run(
      `INSERT INTO ${rejects} (line, raw, reason) SELECT line, raw, reason FROM ${extra.rejectsTable}`,
    );
  await uniqueIds(conn, table);
  const rows = Number(
    (await conn.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjects()[0]?.n ?? 0,
  );
  const lineTable = source.ownLine
    ? null
    : await physicalLines(conn, { table, rejects, firstLine: source.firstLine, tag });
  if (extra.longLines) {
    // The marker lines written for too-long lines get the lines' real description back.
    await conn.run(`UPDATE ${rejects} SET raw = x.raw, reason = x.reason FROM ${extra.longLines} x
      WHERE ${rejects}.raw = x.marker`);
    await conn.run(`UPDATE ${table} SET __raw = x.raw, __reason = x.reason FROM ${extra.longLines} x
      WHERE ${table}.__raw = x.marker`);
  }
  if (extra.blankLines) {
    await conn.run(`DELETE FROM ${rejects} WHERE raw = ${sqlString(BLANK_MARKER)}`);
    await conn.run(`DELETE FROM ${table} WHERE __raw = ${sqlString(BLANK_MARKER)}`);
  }
  const line = source.ownLine ? 's.__own_line' : lineTable ? 'l.line' : `s.rowid + ${source.firstLine}`;
  if (source.src.kind === 'csv' && source.readerFile)
    await restoreCsvRows(conn, { table, line, lineTable, file: source.readerFile });
  return {
    table,
    rows,
    rejects,
    line,
    lineTable,
    temps: [table, rejects, ...(lineTable ? [lineTable] : [])],
  };
}

/** Gives the 2nd, 3rd … occurrence of a hashed id in the file an id of its own. */
async function uniqueIds(conn: DuckDBConnection, table: string): Promise<void> {
  // Usually every id is distinct; counting distinct 64-bit hashes tells so cheaply.
  const check = await conn.runAndReadAll(
    `SELECT count(*) = count(DISTINCT hash(__event_id)) AS distinct FROM ${table} WHERE NOT __given`,
  );
  if (check.getRowObjects()[0]?.distinct === true) return;
  const repeated = `${table}_repeated`;
  await conn.run(`CREATE TEMP TABLE ${repeated} AS
    SELECT rid, k FROM (
      SELECT rowid AS rid, row_number() OVER (PARTITION BY __event_id ORDER BY rowid) AS k
      FROM ${table} WHERE NOT __given AND __event_id IN (
        SELECT __event_id FROM ${table} WHERE NOT __given GROUP BY __event_id HAVING count(*) > 1))
    WHERE k > 1`);
  await conn.run(`UPDATE ${table} SET __event_id = md5(${table}.__event_id || '#' || r.k)
    FROM ${repeated} r WHERE ${table}.rowid = r.rid`);
  await conn.run(`DROP TABLE ${repeated}`);
}
