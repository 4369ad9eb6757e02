/**
 * The `sessions` CTE the pain queries share: the rows of `from` (columns customer_id, t in
 * µs, k the order key, and any others) with `session`, a per-customer counter that moves on
 * after more than `gap` µs of inactivity (a gap of exactly `gap` continues the session, as
 * in `dwell`). DuckDB (window functions).
 */
export function sessionsCte(from: string, gap: string): string {
  return `sessions AS (
      SELECT *, sum(brk) OVER (PARTITION BY customer_id ORDER BY k) AS session FROM (
        SELECT *, CASE WHEN t - lag(t) OVER (PARTITION BY customer_id ORDER BY k) > ${gap} THEN 1 ELSE 0 END AS brk
        FROM ${from}))`;
}
