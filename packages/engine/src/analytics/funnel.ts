import { FunnelResult, FunnelStep } from '@opencjm/core';
import { z } from 'zod';
import { boundEventsSql } from '../binding/bound-events.ts';
import { wilson } from '../stats/wilson.ts';
import { chEventSource, notOnClickHouse } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { bindsByJourneyColumns, customerSlices, ensureJourneys } from '../store/journeys.ts';
import { Duration } from './duration.ts';
import { AnalyticsError } from './errors.ts';
import { funnelSql } from './funnel-sql.ts';
import { funnelStreamSql } from './funnel-stream-sql.ts';
import { hasPeriod, MapOption, PeriodOption, seconds } from './options.ts';
import { eventSource } from './source.ts';
import { SqlParams } from './sql/params.ts';
import { queryRows } from './sql/run.ts';

/** The answer's schema lives in @opencjm/core, shared with the server, CLI and web app. */
export { FunnelResult, FunnelStep };

/** Options of {@link funnel}: `steps` or `map`, not both. */
export const FunnelOptions = z.object({
  steps: z.array(z.string().min(1)).optional().describe('Event names in order; `*` wildcards allowed'),
  map: MapOption.describe("Without steps: the map's stages in order, events bound by its touchpoints"),
  window: Duration.prefault('7d').describe('Steps 2..k must happen within this span of the entry'),
  breakdown: z
    .string()
    .regex(/^(channel|source|properties\..+)$/)
    .optional()
    .describe('channel, source or properties.KEY of the entry event'),
  period: PeriodOption,
});
export type FunnelOptions = z.input<typeof FunnelOptions>;

const Row = z.object({
  breakdown: z.string().nullable(),
  overall: z.boolean(),
  customers: z.array(z.number()),
  from_previous: z.array(z.array(z.number()).nullable()),
  from_entry: z.array(z.array(z.number()).nullable()),
});

/**
 * Computes a funnel over event names (`steps`) or over the stages of `map`.
 *
 * @example
 * await funnel(store, { steps: ['page_view', 'add_to_cart', 'purchase'], window: '7d' });
 */
export async function funnel(store: EventStore, options: FunnelOptions): Promise<FunnelResult> {
  const o = FunnelOptions.parse(options);
  if ((o.steps === undefined) === (o.map === undefined)) {
    throw new AnalyticsError('steps-or-map', 'give either steps or a map, not both or neither');
  }
  const duck = isClickHouseStore(store) ? undefined : store;
  const p = new SqlParams(duck ? 'duckdb' : 'clickhouse');
  // journey_events is stored in journey order (a streaming pass, no sort); it has no source or properties
  const presorted =
    duck !== undefined &&
    (o.map === undefined || bindsByJourneyColumns(o.map)) &&
    !hasPeriod(o.period) &&
    (o.breakdown === undefined || o.breakdown === 'channel');
  if (duck && presorted) await ensureJourneys(duck.conn);
  if (!duck && o.breakdown?.startsWith('properties.'))
    throw notOnClickHouse('funnel', `breakdown by ${o.breakdown}`);
  const named = o.steps
    ? o.steps.map((name) => ({ name, id: undefined, cond: p.matches('event', name) }))
    : (o.map?.stages ?? []).map((s, i) => ({ name: s.name, id: s.id, cond: `stage_no = ${i + 1}` }));
  if (named.length === 0) throw new AnalyticsError('too-few-steps', 'a funnel needs at least one step');
  const parts = {
    steps: named.map((s) => s.cond),
    // DuckDB refuses a bound parameter the text does not use: one step has no window
    window: named.length > 1 ? p.value(BigInt(Math.round(o.window * 1e6))) : '0',
    breakdown: o.breakdown ? breakdownExpression(o.breakdown, p) : undefined,
    overlapping:
      o.steps !== undefined &&
      (new Set(o.steps).size < o.steps.length || o.steps.some((x) => x.includes('*'))),
  };
  const sql = presorted
    ? funnelStreamSql({
        ...parts,
        slices: await customerSlices(duck.conn),
        ...(o.map ? { stepNumber: 'stage_no' } : {}),
        relation: o.map
          ? `(${boundEventsSql(o.map, p, 'journey_events')}) AS bound_events`
          : 'journey_events',
      })
    : isClickHouseStore(store)
      ? funnelSql.clickhouse({
          ...parts,
          relation: chEventSource(store, 'funnel', 'event', o.map, p, o.period).relation,
        })
      : funnelSql.duckdb({ ...parts, relation: eventSource(p, 'event', o.map, o.period).relation });
  const rows = isClickHouseStore(store)
    ? await chRows(store, sql, p, Row)
    : await queryRows(store.conn, sql, p, Row);
  const steps = (row: z.infer<typeof Row> | undefined) =>
    named.map((s, i) => step(s.name, s.id, i, row ?? { customers: [], from_previous: [], from_entry: [] }));
  const overall = rows.find((r) => r.overall);
  const result: FunnelResult = { windowSeconds: o.window, steps: steps(overall) };
  if (o.breakdown) {
    const groups = rows.filter((r) => !r.overall).map((r) => ({ value: r.breakdown, steps: steps(r) }));
    // largest first; equal groups by value, so the order never depends on the query plan
    groups.sort(
      (a, b) =>
        (b.steps[0]?.customers ?? 0) - (a.steps[0]?.customers ?? 0) ||
        (a.value ?? '').localeCompare(b.value ?? ''),
    );
    result.breakdown = { by: o.breakdown, groups };
  }
  return result;
}

function step(
  name: string,
  id: string | undefined,
  i: number,
  row: Pick<z.infer<typeof Row>, 'customers' | 'from_previous' | 'from_entry'>,
): FunnelStep {
  const first = row.customers[0] ?? 0;
  const customers = row.customers[i] ?? 0;
  const previous = i === 0 ? customers : (row.customers[i - 1] ?? 0);
  const fromPrevious = i === 0 ? null : (row.from_previous[i - 1] ?? null);
  const fromEntry = i === 0 ? null : (row.from_entry[i - 1] ?? null);
  return {
    name,
    ...(id === undefined ? {} : { id }),
    customers,
    conversion: first === 0 ? 0 : customers / first,
    ci: wilson(customers, first),
    conversionFromPrevious: previous === 0 ? 0 : customers / previous,
    dropOff: previous - customers,
    dropOffRate: previous === 0 ? 0 : (previous - customers) / previous,
    medianSecondsToConvert: seconds(fromPrevious?.[0] ?? null),
    p90SecondsToConvert: seconds(fromPrevious?.[1] ?? null),
    medianSecondsFromEntry: seconds(fromEntry?.[0] ?? null),
    p90SecondsFromEntry: seconds(fromEntry?.[1] ?? null),
  };
}

function breakdownExpression(by: string, p: SqlParams): string {
  if (by === 'channel' || by === 'source') return by;
  const key = by.slice('properties.'.length);
  return `json_extract_string(properties, ${p.value(`$."${key.replaceAll('"', '\\"')}"`)})`;
}
