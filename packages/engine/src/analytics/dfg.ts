import { DfgResult } from '@opencjm/core';
import { z } from 'zod';
import { boundEventsSql } from '../binding/bound-events.ts';
import { chMedian } from '../store/clickhouse/quantile.ts';
import { chEventSource } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { bindsByJourneyColumns, customerSlices, ensureJourneys, isJourneyColumn } from '../store/journeys.ts';
import { compareText, hasPeriod, MapOption, PeriodOption, seconds } from './options.ts';
import { Dimension, eventSource } from './source.ts';
import type { DialectSql } from './sql/dialect.ts';
import { SqlParams } from './sql/params.ts';
import { queryRows } from './sql/run.ts';

/** The answer's schema lives in @opencjm/core, shared with the server, CLI and web app. */
export { DfgResult };

/** Options of {@link dfg}. */
export const DfgOptions = z.object({
  by: Dimension.default('event'),
  map: MapOption,
  period: PeriodOption,
});
export type DfgOptions = z.input<typeof DfgOptions>;

interface Parts {
  relation: string;
  column: string;
  /** The relation is `journey_events`, which already holds each event's predecessor. */
  presorted: boolean;
  /**
   * The relation keeps `journey_events`' order (the map's binding over it): neighbours
   * are read in streaming passes, one per range of `n0` (see `customerSlices`), `n0`
   * telling where a customer's journey starts.
   */
  slices?: readonly (readonly [number, number])[];
}

/**
 * One pass: each labelled event with its predecessor (NULL: the journey starts there) and
 * whether it is the last. Grouped by (prev, cur): the edges, the starts (prev NULL), and
 * per group the journeys ending at cur, summed per label afterwards. DuckDB reads the
 * predecessors from `journey_events` when it can, a plain aggregation without a sort.
 */
export const dfgSql: DialectSql<Parts> = {
  duckdb: ({ relation, column, presorted, slices }) =>
    slices
      ? `
    SELECT prev, cur, count(*) AS n, median(gap) AS median_us, avg(gap) AS mean_us,
      count(*) FILTER (WHERE is_end) AS ends
    FROM (${slices
      .map(
        ([from, to]) => `
      SELECT CASE WHEN lag(n0) OVER () = n0 THEN lag(label) OVER () END AS prev, label AS cur,
        CASE WHEN lag(n0) OVER () = n0 THEN t - lag(t) OVER () END AS gap,
        lead(n0) OVER () IS DISTINCT FROM n0 AS is_end
      FROM (SELECT n0, t, ${column} AS label FROM ${relation}
        WHERE n0 >= ${from} AND n0 < ${to} AND ${column} IS NOT NULL)`,
      )
      .join(' UNION ALL ')})
    GROUP BY prev, cur`
      : presorted
        ? `
    SELECT prev_${column} AS prev, ${column} AS cur, count(*) AS n, median(${column}_gap) AS median_us,
      avg(${column}_gap) AS mean_us, count(*) FILTER (WHERE ${column}_last) AS ends
    FROM ${relation} WHERE ${column} IS NOT NULL
    GROUP BY prev, cur`
        : `
    SELECT prev, cur, count(*) AS n, median(gap) AS median_us, avg(gap) AS mean_us,
      count(*) FILTER (WHERE is_end) AS ends
    FROM (
      SELECT lag(${column}) OVER w AS prev, ${column} AS cur, lead(${column}) OVER w IS NULL AS is_end,
        epoch_us(ts) - epoch_us(lag(ts) OVER w) AS gap
      FROM ${relation} WHERE ${column} IS NOT NULL
      WINDOW w AS (PARTITION BY customer_id ORDER BY ts, seq))
    GROUP BY prev, cur`,
  clickhouse: ({ relation, column }) => `
    SELECT if(p.1 = 1, p.2, NULL) AS prev, p.3 AS cur, count() AS n, arraySort(groupArrayIf(p.4, p.1 = 1)) AS gaps,
      ${chMedian('gaps')} AS median_us, if(countIf(p.1 = 1) = 0, NULL, sumIf(p.4, p.1 = 1) / countIf(p.1 = 1)) AS mean_us,
      countIf(p.5 = 1) AS ends
    FROM (SELECT arrayJoin(arrayMap(i -> (toUInt8(i > 1), if(i > 1, evs[i - 1].3, ''), evs[i].3,
        if(i > 1, evs[i].1 - evs[i - 1].1, toInt64(0)), toUInt8(i = length(evs))), arrayEnumerate(evs))) AS p
      FROM (SELECT arraySort(groupArray((t, seq, assumeNotNull(${column})))) AS evs
        FROM ${relation} WHERE ${column} IS NOT NULL GROUP BY customer_id))
    GROUP BY p.1, p.2, p.3`,
};

const Row = z.object({
  prev: z.string().nullable(),
  cur: z.string(),
  n: z.number(),
  median_us: z.number().nullable(),
  mean_us: z.number().nullable(),
  ends: z.number(),
});

/**
 * Computes the directly-follows graph over activities (default), channels, touchpoints or
 * stages (the last two need `map`).
 *
 * @example
 * const { edges, start, end } = await dfg(store, { by: 'stage', map });
 */
export async function dfg(store: EventStore, options: DfgOptions = {}): Promise<DfgResult> {
  const { by, map, period } = DfgOptions.parse(options);
  if (isClickHouseStore(store)) {
    const p = new SqlParams('clickhouse');
    const sql = dfgSql.clickhouse({ ...chEventSource(store, 'dfg', by, map, p, period), presorted: false });
    return dfgResult(await chRows(store, sql, p, Row));
  }
  const p = new SqlParams('duckdb');
  const presorted = map === undefined && !hasPeriod(period) && isJourneyColumn(by);
  const ordered = map !== undefined && !hasPeriod(period) && bindsByJourneyColumns(map);
  if (presorted || ordered) await ensureJourneys(store.conn);
  const source = presorted
    ? { relation: 'journey_events', column: by }
    : ordered
      ? { relation: `(${boundEventsSql(map, p, 'journey_events')}) AS bound_events`, column: by }
      : eventSource(p, by, map, period);
  const slices = ordered ? await customerSlices(store.conn) : undefined;
  return dfgResult(await queryRows(store.conn, dfgSql.duckdb({ ...source, presorted, slices }), p, Row));
}

function dfgResult(rows: z.infer<typeof Row>[]): DfgResult {
  const result: DfgResult = { edges: [], start: {}, end: {} };
  for (const r of rows) {
    if (r.ends > 0) result.end[r.cur] = (result.end[r.cur] ?? 0) + r.ends;
    if (r.prev === null) result.start[r.cur] = r.n;
    else {
      result.edges.push({
        from: r.prev,
        to: r.cur,
        count: r.n,
        medianSeconds: seconds(r.median_us) ?? 0,
        meanSeconds: seconds(r.mean_us) ?? 0,
      });
    }
  }
  result.edges.sort((a, b) => b.count - a.count || compareText(a.from, b.from) || compareText(a.to, b.to));
  result.start = sortedCounts(result.start);
  result.end = sortedCounts(result.end);
  return result;
}

function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || compareText(a, b)));
}
