/**
 * ClickHouse SQL for DuckDB's `quantile_cont` over `sorted`, an ascending array expression
 * (an alias, since it is read several times): linear interpolation between the values at
 * floor and ceil of p·(n − 1), computed as DuckDB does (lo·(1 − d) + hi·d in Float64, checked
 * against DuckDB on random data), so both stores give the same number to the last bit. Hand-written because ClickHouse 18.16's
 * `quantileExact` does not interpolate and `quantileExactInclusive` came later.
 */
export function chQuantileCont(sorted: string, p: number): string {
  const pos = `(toFloat64(length(${sorted}) - 1) * ${p})`;
  const lo = `toFloat64(${sorted}[toUInt64(floor(${pos})) + 1])`;
  const hi = `toFloat64(${sorted}[toUInt64(ceil(${pos})) + 1])`;
  const d = `(${pos} - floor(${pos}))`;
  return `(${lo} * (1 - ${d}) + ${hi} * ${d})`;
}

/** The quantiles `ps` of `sorted` as an array; empty when `sorted` is (DuckDB: NULL). */
export function chQuantilesCont(sorted: string, ps: readonly number[]): string {
  return `if(length(${sorted}) = 0, emptyArrayFloat64(), [${ps.map((p) => chQuantileCont(sorted, p)).join(', ')}])`;
}

/** The median of `sorted`, NULL when it is empty (DuckDB's `median`). */
export function chMedian(sorted: string): string {
  return `if(length(${sorted}) = 0, NULL, ${chQuantileCont(sorted, 0.5)})`;
}
