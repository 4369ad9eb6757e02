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

/**
 * ClickHouse 18.16 (no window functions) counterpart of {@link sessionsCte}, over `evs`, a
 * customer's events as an array sorted by (t, …) with t in µs at position 1: `brk` (1 where
 * more than `gap` µs passed since the previous event), `sess` (1-based session of each
 * event) and `starts` (the index in `evs` where each session starts).
 */
export function chSessionStarts(evs: string, gap: string): string {
  return `arrayMap(i -> toUInt8(i > 1 AND ${evs}[i].1 - ${evs}[i - 1].1 > ${gap}), arrayEnumerate(${evs})) AS brk,
        arrayMap(b -> b + 1, arrayCumSum(brk)) AS sess,
        arrayFilter(i -> i = 1 OR brk[i] = 1, arrayEnumerate(${evs})) AS starts`;
}
