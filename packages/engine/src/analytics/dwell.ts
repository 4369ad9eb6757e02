import { DwellResult } from '@opencjm/core';
import { z } from 'zod';
import { boundEventsSql } from '../binding/bound-events.ts';
import { chQuantilesCont } from '../store/clickhouse/quantile.ts';
import { chEventSource } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { bindsByJourneyColumns, ensureJourneys, isJourneyColumn } from '../store/journeys.ts';
import { Duration } from './duration.ts';
import { hasPeriod, MapOption, PeriodOption, seconds } from './options.ts';
import { Dimension, eventSource } from './source.ts';
import type { DialectSql } from './sql/dialect.ts';
import { SqlParams } from './sql/params.ts';
import { queryRows } from './sql/run.ts';

/** The answer's schema lives in @opencjm/core, shared with the server, CLI and web app. */
export { DwellResult };

/** Options of {@link dwell}. */
export const DwellOptions = z.object({
  by: Dimension.optional().describe('Default: touchpoint with a map, channel without'),
  map: MapOption,
  gap: Duration.prefault('30m').describe('Inactivity that ends a session'),
  period: PeriodOption,
});
export type DwellOptions = z.input<typeof DwellOptions>;

interface Parts {
  relation: string;
  column: string;
  gap: string;
  /** The relation is `journey_events`, which already holds each event's next instant. */
  presorted: boolean;
}

/**
 * Each event with the gap to the customer's next event (µs), NULL past the session gap.
 * DuckDB reads the next instant from `journey_events` when it can instead of sorting.
 */
export const dwellSql: DialectSql<Parts> = {
  duckdb: ({ relation, column, gap, presorted }) => `
    SELECT label, count(*) AS events, count(DISTINCT customer_id) AS customers, count(dwell) AS measured,
      quantile_cont(dwell, [0.5, 0.9]) AS q, count(*) - count(dwell) AS exits,
      count(DISTINCT customer_id) FILTER (WHERE dwell IS NULL) AS customers_left,
      count(*) FILTER (WHERE next_us IS NULL) AS journey_ends
    FROM (${
      presorted
        ? `
      SELECT customer_id, ${column} AS label, next_t AS next_us,
        CASE WHEN next_t - t <= ${gap} THEN next_t - t END AS dwell
      FROM ${relation}`
        : `
      SELECT customer_id, ${column} AS label, lead(epoch_us(ts)) OVER w AS next_us,
        CASE WHEN lead(epoch_us(ts)) OVER w - epoch_us(ts) <= ${gap} THEN lead(epoch_us(ts)) OVER w - epoch_us(ts) END AS dwell
      FROM ${relation}
      WINDOW w AS (PARTITION BY customer_id ORDER BY ts, seq)`
    })
    WHERE label IS NOT NULL
    GROUP BY label
    ORDER BY events DESC, label`,
  clickhouse: ({ relation, column, gap }) => `
    SELECT e.2 AS label, count() AS events, uniqExact(customer_id) AS customers, countIf(e.3 = 1) AS measured,
      arraySort(groupArrayIf(e.4, e.3 = 1)) AS dwells, ${chQuantilesCont('dwells', [0.5, 0.9])} AS q,
      countIf(e.3 = 0) AS exits, uniqExactIf(customer_id, e.3 = 0) AS customers_left, countIf(e.5 = 1) AS journey_ends
    FROM (
      SELECT customer_id, arraySort(groupArray((t, seq, isNotNull(${column}), ifNull(${column}, '')))) AS evs,
        arrayJoin(arrayMap(i -> (evs[i].3, evs[i].4,
          toUInt8(i < length(evs) AND evs[i + 1].1 - evs[i].1 <= ${gap}), evs[i + 1].1 - evs[i].1,
          toUInt8(i = length(evs))), arrayEnumerate(evs))) AS e
      FROM ${relation} GROUP BY customer_id)
    WHERE e.1 = 1
    GROUP BY e.2
    ORDER BY events DESC, label`,
};

const Row = z.object({
  label: z.string(),
  events: z.number(),
  customers: z.number(),
  measured: z.number(),
  q: z.array(z.number()).nullable(),
  exits: z.number(),
  customers_left: z.number(),
  journey_ends: z.number(),
});

/**
 * Computes dwell time and exits per label.
 *
 * @example
 * const { rows } = await dwell(store, { map, by: 'touchpoint', gap: '30m' });
 */
export async function dwell(store: EventStore, options: DwellOptions = {}): Promise<DwellResult> {
  const o = DwellOptions.parse(options);
  const by = o.by ?? (o.map ? 'touchpoint' : 'channel');
  if (isClickHouseStore(store)) {
    const p = new SqlParams('clickhouse');
    const sql = dwellSql.clickhouse({
      ...chEventSource(store, 'dwell', by, o.map, p, o.period),
      presorted: false,
      gap: p.value(BigInt(Math.round(o.gap * 1e6))),
    });
    return dwellResult(o.gap, await chRows(store, sql, p, Row));
  }
  const p = new SqlParams('duckdb');
  // each journey_events row holds the customer's next instant, whatever that event is: a map
  // binding by name and channel labels those rows directly, with no sort
  const presorted =
    !hasPeriod(o.period) && (o.map === undefined ? isJourneyColumn(by) : bindsByJourneyColumns(o.map));
  if (presorted) await ensureJourneys(store.conn);
  const source = !presorted
    ? eventSource(p, by, o.map, o.period)
    : o.map
      ? { relation: `(${boundEventsSql(o.map, p, 'journey_events')}) AS bound_events`, column: by }
      : { relation: 'journey_events', column: by };
  const sql = dwellSql.duckdb({ ...source, presorted, gap: p.value(BigInt(Math.round(o.gap * 1e6))) });
  return dwellResult(o.gap, await queryRows(store.conn, sql, p, Row));
}

function dwellResult(gapSeconds: number, rows: z.infer<typeof Row>[]): DwellResult {
  return {
    gapSeconds,
    rows: rows.map((r) => ({
      name: r.label,
      events: r.events,
      customers: r.customers,
      measured: r.measured,
      medianSeconds: seconds(r.q?.[0] ?? null),
      p90Seconds: seconds(r.q?.[1] ?? null),
      exits: r.exits,
      exitRate: r.exits / r.events,
      customersLeft: r.customers_left,
      journeyEnds: r.journey_ends,
    })),
  };
}
