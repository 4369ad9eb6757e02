import type { DuckDBConnection } from '@duckdb/node-api';

/** What {@link physicalLines} needs to know about a staged CSV. */
export interface LineInput {
  /** Staging table with `__nl`, the newlines inside each record's fields. */
  table: string;
  /** Table `(line, raw, reason)` of rejected records, lines as DuckDB counts them. */
  rejects: string;
  /** Line of the first data record when nothing is rejected and no field spans lines. */
  firstLine: number;
  tag: string;
}

/**
 * Gives every staged record its physical line in the file, or returns null when that is
 * simply `firstLine + rowid` (no rejected records, no field spanning lines — the usual
 * case, checked with one scan).
 *
 * DuckDB reports a rejected record by its record count (a quoted field spanning lines
 * counts once) and leaves it out of the result, so the lines of the kept rows are
 * rebuilt: a kept row's record count is its index plus the rejects before it, and its
 * physical line adds the newlines of every earlier record. Blank lines are not counted.
 * Rejected records get their physical line too (the `rejects` table is updated).
 */
export async function physicalLines(conn: DuckDBConnection, input: LineInput): Promise<string | null> {
  const check = await conn.runAndReadAll(`SELECT
    (SELECT count(*) FROM ${input.rejects} WHERE line IS NOT NULL) AS rejects,
    (SELECT count(*) FROM ${input.table} WHERE __nl > 0) AS multiline`);
  const row = check.getRowObjects()[0];
  if (Number(row?.rejects ?? 0) === 0 && Number(row?.multiline ?? 0) === 0) return null;
  const lines = `stage_lines_${input.tag}`;
  await conn.run(`CREATE TEMP TABLE ${lines} AS
    WITH rej AS (
      SELECT line AS r, row_number() OVER (ORDER BY line) AS k,
        length(raw) - length(replace(raw, E'\\n', '')) AS nl
      FROM ${input.rejects} WHERE line IS NOT NULL),
    marks AS (SELECT r - (k - 1) AS rr, max(k) AS k FROM rej GROUP BY rr),
    good AS (SELECT rowid AS rid, ${input.firstLine} + rowid AS est, __nl AS nl FROM ${input.table}),
    placed AS (
      SELECT g.rid, g.est + coalesce(m.k, 0) AS dline, g.nl
      FROM good g ASOF LEFT JOIN marks m ON g.est >= m.rr),
    timeline AS (SELECT rid, dline, nl FROM placed UNION ALL SELECT NULL, r, nl FROM rej)
    SELECT rid, dline, dline + coalesce(sum(nl) OVER (
      ORDER BY dline, rid NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS line
    FROM timeline`);
  await conn.run(`UPDATE ${input.rejects} SET line = t.line FROM ${lines} t
    WHERE t.rid IS NULL AND t.dline = ${input.rejects}.line`);
  await conn.run(`DELETE FROM ${lines} WHERE rid IS NULL`);
  return lines;
}
