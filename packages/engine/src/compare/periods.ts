import { z } from 'zod';
import { funnelSql } from '../analytics/funnel-sql.ts';
import { seconds } from '../analytics/options.ts';
import { SqlParams } from '../analytics/sql/params.ts';
import { queryRows } from '../analytics/sql/run.ts';
import { boundEventsSql } from '../binding/bound-events.ts';
import type { DuckDbStore } from '../store/duckdb.ts';
import { proportionDifference } from './difference.ts';
import {
  type CompareKpi,
  type CompareMap,
  ComparePeriodsOptions,
  type ComparePeriodsResult,
  type CompareSide,
  type CompareSplit,
} from './options.ts';

const FunnelRow = z.object({
  customers: z.array(z.number()),
  from_previous: z.array(z.array(z.number()).nullable()),
});
type FunnelRow = z.infer<typeof FunnelRow>;

/**
 * Measures a map in two periods or two groups of customers, with the engine's funnel
 * ({@link funnelSql}, the same query `funnel` runs over a map's stages) run once per side.
 *
 * Who is on which side is decided once per customer, by their first event bound to the
 * map's first stage (earliest time, then arrival order):
 * - `date`: A when that event is before `at`, B when it is at or after `at`;
 * - `groups`: A when that event's property `property` is `a`, B when it is `b`; other
 *   customers are left out.
 * A customer's whole journey then counts on that side, including entries after the date:
 * a journey begun before a change is not split in two. Customers without a first-stage
 * event reach no stage on either side, as in the funnel.
 *
 * @example
 * await compareMapPeriods(store, { map, split: { kind: 'date', at: '2026-03-01T00:00:00Z' } });
 */
export async function compareMapPeriods(
  store: DuckDbStore,
  options: ComparePeriodsOptions,
): Promise<ComparePeriodsResult> {
  const o = ComparePeriodsOptions.parse(options);
  if (o.map.stages.length === 0) return { windowSeconds: o.window, split: o.split, stages: [], kpis: [] };
  const a = await sideFunnel(store, o.map, o.split, 'a', o.window);
  const b = await sideFunnel(store, o.map, o.split, 'b', o.window);
  const sideAt = (row: FunnelRow, i: number): CompareSide => {
    const first = row.customers[0] ?? 0;
    const customers = row.customers[i] ?? 0;
    return {
      customers,
      conversion: first === 0 ? 0 : customers / first,
      medianSecondsFromPrevious: i === 0 ? null : seconds(row.from_previous[i - 1]?.[0] ?? null),
    };
  };
  const stages = o.map.stages.map((stage, i) => {
    const sideA = sideAt(a, i);
    const sideB = sideAt(b, i);
    const d = proportionDifference(
      sideA.customers,
      a.customers[0] ?? 0,
      sideB.customers,
      b.customers[0] ?? 0,
    );
    return {
      id: stage.id,
      name: stage.name,
      a: sideA,
      b: sideB,
      change: { difference: d.difference, ci: d.ci, significant: d.excludesZero },
    };
  });
  const kpis: CompareKpi[] = [];
  for (const kpi of o.map.kpis ?? []) {
    const stage = stages.find((s) => s.id === kpi.stage);
    if (kpi.metric !== 'conversion' || stage === undefined || kpi.target === undefined) continue;
    kpis.push({
      id: kpi.id,
      name: kpi.name,
      stage: stage.id,
      target: kpi.target,
      a: stage.a.conversion,
      b: stage.b.conversion,
      met: stage.b.conversion >= kpi.target,
    });
  }
  return { windowSeconds: o.window, split: o.split, stages, kpis };
}

/** The funnel over the map's stages of the customers on one side of the split. */
async function sideFunnel(
  store: DuckDbStore,
  map: CompareMap,
  split: CompareSplit,
  side: 'a' | 'b',
  window: number,
): Promise<FunnelRow> {
  const p = new SqlParams('duckdb');
  const entry = `(SELECT customer_id, ts, seq, properties FROM (${boundEventsSql(map, p)}) AS e WHERE stage_no = 1)`;
  let having: string;
  if (split.kind === 'date') {
    having = `min(ts) ${side === 'a' ? '<' : '>='} CAST(${p.value(split.at)} AS TIMESTAMPTZ)`;
  } else {
    const path = p.value(`$."${split.property.replaceAll('"', '\\"')}"`);
    having = `first(json_extract_string(properties, ${path}) ORDER BY ts, seq) = ${p.value(split[side])}`;
  }
  const members = `SELECT customer_id FROM ${entry} AS entry GROUP BY customer_id HAVING ${having}`;
  const relation = `(SELECT * FROM (${boundEventsSql(map, p)}) AS b
    WHERE customer_id IN (${members})) AS bound_events`;
  const k = map.stages.length;
  const sql = funnelSql.duckdb({
    relation,
    steps: map.stages.map((_, i) => `stage_no = ${p.value(i + 1)}`),
    // DuckDB refuses a bound parameter the text does not use: one stage has no window
    window: k > 1 ? p.value(BigInt(Math.round(window * 1e6))) : '0',
    overlapping: false,
  });
  const rows = await queryRows(store.conn, sql, p, FunnelRow);
  return rows[0] ?? { customers: [], from_previous: [] };
}
