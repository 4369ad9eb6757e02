import { sqlString } from './sql.ts';

/**
 * SQL turning a VARCHAR time into TIMESTAMPTZ (NULL when it cannot be read):
 * - a number is an epoch, its unit told by magnitude: below 1e11 seconds (until year 5138),
 *   below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds;
 * - otherwise ISO 8601 with any offset (`Z`, `+03:00`, `-0530`) or a zone name; a time
 *   without an offset is read in the session time zone, which the importer sets to the
 *   import's `timezone` option;
 * - with `format`, only `strptime(format)` is used.
 * `text` has no surrounding spaces; `num` is it cast to DOUBLE when it looks like a number.
 */
export function timeSql(text: string, num: string, format: string | null): string {
  if (format !== null) return `CAST(try_strptime(${text}, ${sqlString(format)}) AS TIMESTAMPTZ)`;
  const micros = `CAST(round(${num} * CASE WHEN abs(${num}) < 1e11 THEN 1e6 WHEN abs(${num}) < 1e14 THEN 1e3 WHEN abs(${num}) < 1e17 THEN 1 ELSE 1e-3 END) AS BIGINT)`;
  return `CASE WHEN isfinite(${num}) AND abs(${num}) < 1e20 THEN timezone('UTC', make_timestamp(${micros}))
    WHEN ${num} IS NULL THEN TRY_CAST(${text} AS TIMESTAMPTZ) END`;
}
