import { z } from 'zod';
import { MapOption } from '../../analytics/options.ts';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import type { BindingMap } from '../../binding/bound-events.ts';
import { notOnClickHouse } from '../../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../../store/clickhouse/store.ts';
import { requireAttribute } from '../attributes.ts';
import { placedEventsSql } from '../placed-sql.ts';
import { answerCondition, SURVEY_SCALES, type SurveyMetric } from './questions.ts';
import { surveySql } from './survey-sql.ts';

/** Options of the survey metrics ({@link nps}, {@link csat}, {@link ces}). */
export const SurveyOptions = z.object({
  map: MapOption.describe('Places answers without properties.stage / touchpoint by its touchpoint rules'),
  by: z
    .string()
    .min(1)
    .optional()
    .describe('Customer attribute in properties to break down by, e.g. segment'),
});
export type SurveyOptions = z.input<typeof SurveyOptions>;

/** One group's counts as the survey query returns them. */
export const SurveyRow = z.object({
  dim: z.enum(['overall', 'stage', 'touchpoint', 'channel', 'attribute']),
  name: z.string().nullable(),
  n: z.number().int().describe('Valid answers'),
  invalid: z.number().int().describe('Answers out of range, not whole, or without a score'),
  top: z.number().int(),
  mid: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  customers: z.number().int(),
});
export type SurveyRow = z.infer<typeof SurveyRow>;

/** Runs the survey query of `metric`: one row per group that has answers. */
export async function surveyRows(
  store: EventStore,
  metric: SurveyMetric,
  options: SurveyOptions = {},
): Promise<SurveyRow[]> {
  const o = SurveyOptions.parse(options);
  const ch = isClickHouseStore(store) ? store : undefined;
  if (ch && o.by !== undefined)
    throw notOnClickHouse(metric, `a breakdown by the customer attribute ${o.by}`);
  if (!isClickHouseStore(store) && o.by !== undefined) await requireAttribute(store, o.by);
  const p = new SqlParams(ch ? 'clickhouse' : 'duckdb');
  const scale = SURVEY_SCALES[metric];
  const none = scale.max + 1;
  const sql = (ch ? surveySql.clickhouse : surveySql.duckdb)({
    relation: placedEventsSql(p, { map: o.map, attribute: o.by }, ch?.tables.customerEvents),
    isAnswer: answerCondition(p, metric),
    min: p.value(scale.min),
    max: p.value(scale.max),
    top: p.value(scale.top ?? none),
    mid: p.value(scale.mid ?? scale.top ?? none),
  });
  return isClickHouseStore(store)
    ? chRows(store, sql, p, SurveyRow)
    : queryRows(store.conn, sql, p, SurveyRow);
}

/** A survey result's groups, before the metric-specific schema checks them. */
export interface Arranged<S> {
  overall: S;
  byStage: (S & { name: string })[];
  byTouchpoint: (S & { name: string })[];
  byChannel: (S & { name: string })[];
  byAttribute?: { attribute: string; groups: (S & { name: string })[] };
}

/** Turns query rows into overall and ordered groups, scoring each with `score`. */
export function arrange<S extends { n: number }>(
  rows: readonly SurveyRow[],
  map: BindingMap | undefined,
  by: string | undefined,
  score: (row: SurveyRow) => S,
): Arranged<S> {
  const empty: SurveyRow = {
    dim: 'overall',
    name: null,
    n: 0,
    invalid: 0,
    top: 0,
    mid: 0,
    mean: null,
    sd: null,
    customers: 0,
  };
  const of = (dim: SurveyRow['dim']) =>
    rows.filter((r) => r.dim === dim).map((r) => ({ ...score(r), name: r.name ?? '' }));
  const inMap = (ids: readonly string[]) => (a: { name: string }, b: { name: string }) =>
    rank(ids, a.name) - rank(ids, b.name) || byName(a.name, b.name);
  const bySize = (a: S & { name: string }, b: S & { name: string }) => b.n - a.n || byName(a.name, b.name);
  const result: Arranged<S> = {
    overall: score(rows.find((r) => r.dim === 'overall') ?? empty),
    byStage: of('stage').sort(inMap((map?.stages ?? []).map((s) => s.id))),
    byTouchpoint: of('touchpoint').sort(inMap((map?.touchpoints ?? []).map((t) => t.id))),
    byChannel: of('channel').sort(bySize),
  };
  if (by !== undefined) result.byAttribute = { attribute: by, groups: of('attribute').sort(bySize) };
  return result;
}

function rank(ids: readonly string[], id: string): number {
  const i = ids.indexOf(id);
  return i < 0 ? ids.length : i;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
