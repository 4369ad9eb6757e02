import { z } from 'zod';
import type { PeriodOption } from '../analytics/options.ts';
import { periodEvents } from '../analytics/source.ts';
import type { DialectSql } from '../analytics/sql/dialect.ts';
import { SqlParams } from '../analytics/sql/params.ts';
import { queryRows } from '../analytics/sql/run.ts';
import { chPeriodEvents } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { type BindingMap, boundEventsSql } from './bound-events.ts';

/** How well a map's rules cover the events: per touchpoint, and what is left unmatched. */
export const BindingReport = z.object({
  events: z.number().int().describe('All events of all customers'),
  matched: z.number().int().describe('Events bound to a touchpoint'),
  unmatched: z.number().int(),
  touchpoints: z
    .array(
      z.object({
        id: z.string(),
        stage: z.string().nullable(),
        events: z.number().int(),
        customers: z.number().int(),
      }),
    )
    .describe('Every touchpoint of the map in map order; 0 events means its rule matches nothing'),
  unmatchedEvents: z
    .array(z.object({ event: z.string(), channel: z.string().nullable(), count: z.number().int() }))
    .describe('Unmatched events by frequency (then name): what the rules should cover next'),
});
export type BindingReport = z.infer<typeof BindingReport>;

interface Parts {
  bound: string;
}

/** Counts per touchpoint (NULL: unmatched) and per unmatched (event, channel) in one pass. */
export const bindingReportSql: DialectSql<Parts> = {
  duckdb: ({ bound }) => `
    SELECT touchpoint_no, event, channel, count(*) AS n, count(DISTINCT customer_id) AS customers,
      grouping(event, channel) <> 0 AS total
    FROM (${bound}) AS bound_events
    GROUP BY GROUPING SETS ((touchpoint_no), (touchpoint_no, event, channel))
    HAVING touchpoint_no IS NULL OR grouping(event, channel) <> 0`,
  clickhouse: ({ bound }) => `
    SELECT touchpoint_no, event, channel, count() AS n, uniqExact(customer_id) AS customers, 0 AS total
    FROM (${bound}) WHERE touchpoint_no IS NULL GROUP BY touchpoint_no, event, channel
    UNION ALL
    SELECT touchpoint_no, '', NULL, count(), uniqExact(customer_id), 1
    FROM (${bound}) GROUP BY touchpoint_no`,
};

const Row = z.object({
  touchpoint_no: z.number().nullable(),
  event: z.string().nullable(),
  channel: z.string().nullable(),
  n: z.number(),
  customers: z.number(),
  total: z.boolean(),
});

/**
 * Binds the events to `map` and reports coverage: events per touchpoint, and unmatched
 * events grouped by (event, channel), most frequent first (at most `limit` of them). With a
 * `period`, only the events in it.
 */
export async function bindingReport(
  store: EventStore,
  map: BindingMap,
  limit = 50,
  period?: PeriodOption,
): Promise<BindingReport> {
  const ch = isClickHouseStore(store) ? store : undefined;
  const p = new SqlParams(ch ? 'clickhouse' : 'duckdb');
  const sql = (ch ? bindingReportSql.clickhouse : bindingReportSql.duckdb)({
    bound: boundEventsSql(map, p, ch ? chPeriodEvents(ch, p, period) : periodEvents(p, period)),
  });
  const rows = isClickHouseStore(store)
    ? await chRows(store, sql, p, Row)
    : await queryRows(store.conn, sql, p, Row);
  const totals = rows.filter((r) => r.total);
  const byNo = new Map(totals.map((r) => [r.touchpoint_no, r]));
  const events = totals.reduce((sum, r) => sum + r.n, 0);
  const unmatched = byNo.get(null)?.n ?? 0;
  const unmatchedEvents = rows
    .filter((r) => !r.total)
    .map((r) => ({ event: r.event ?? '', channel: r.channel, count: r.n }))
    .sort((a, b) => b.count - a.count || cmp(a.event, b.event) || cmp(a.channel ?? '', b.channel ?? ''))
    .slice(0, limit);
  return BindingReport.parse({
    events,
    matched: events - unmatched,
    unmatched,
    touchpoints: map.touchpoints.map((tp, i) => ({
      id: tp.id,
      stage: tp.stage ?? null,
      events: byNo.get(i + 1)?.n ?? 0,
      customers: byNo.get(i + 1)?.customers ?? 0,
    })),
    unmatchedEvents,
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
