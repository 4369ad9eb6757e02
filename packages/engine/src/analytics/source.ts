import { z } from 'zod';
import { type BindingMap, boundEventsSql } from '../binding/bound-events.ts';
import { AnalyticsError } from './errors.ts';
import { hasPeriod, type PeriodOption, periodInstant } from './options.ts';
import type { SqlParams } from './sql/params.ts';

/** What an analysis groups events by: the raw activity, its channel, or the map's binding. */
export const Dimension = z
  .enum(['event', 'channel', 'touchpoint', 'stage'])
  .describe('event name (activity), channel, or the touchpoint / stage the map binds it to');
export type Dimension = z.infer<typeof Dimension>;

/** Where an analysis reads events from. */
export interface EventSource {
  /** A FROM item: `customer_events`, or `bound_events` when a map is given. */
  readonly relation: string;
  /** The column holding the dimension; rows where it is NULL are not labelled. */
  readonly column: string;
}

/**
 * The events an analysis reads, labelled by `by`. Every analysis reads the stitched
 * customer (`customer_events`); with a map, through `bound_events`, which adds the
 * touchpoint and stage columns.
 */
export function eventSource(
  p: SqlParams,
  by: Dimension,
  map?: BindingMap,
  period?: PeriodOption,
): EventSource {
  if ((by === 'touchpoint' || by === 'stage') && !map) {
    throw new AnalyticsError('map-required', `grouping by ${by} needs a map (--map FILE)`, { by });
  }
  const events = periodEvents(p, period);
  const relation = map ? `(${boundEventsSql(map, p, events)}) AS bound_events` : events;
  return { relation, column: by };
}

/** `customer_events`, or a FROM item of its events in `period` under the same name (DuckDB). */
export function periodEvents(p: SqlParams, period: PeriodOption): string {
  if (!hasPeriod(period)) return 'customer_events';
  const bounds = [
    ...(period.from === undefined
      ? []
      : [`ts >= CAST(${p.value(periodInstant(period.from))} AS TIMESTAMPTZ)`]),
    ...(period.to === undefined ? [] : [`ts < CAST(${p.value(periodInstant(period.to))} AS TIMESTAMPTZ)`]),
  ];
  return `(SELECT * FROM customer_events WHERE ${bounds.join(' AND ')}) AS customer_events`;
}

/**
 * The events of `source` with the dimension as a small integer `code`, and the SQL list of
 * names indexed by code. Sorting and grouping integer codes instead of names is what keeps
 * per-customer sequences fast. Event and channel names come from a dictionary over the
 * `events` table (CTE `dict`, DuckDB only); touchpoint and stage codes are their
 * 1-based positions in the map.
 */
export interface CodedSource {
  /** `WITH` items to put before the query (may be empty). */
  readonly ctes: readonly string[];
  /** A FROM item with columns customer_id, ts, seq, code (never NULL). */
  readonly relation: string;
  /** An expression: the list of names, `names[code]` being the name of `code`. */
  readonly names: string;
}

/** Builds {@link CodedSource} for `by` (DuckDB). */
export function codedSource(
  p: SqlParams,
  by: Dimension,
  map?: BindingMap,
  period?: PeriodOption,
): CodedSource {
  const source = eventSource(p, by, map, period);
  if (by === 'touchpoint' || by === 'stage') {
    const ids = by === 'touchpoint' ? map?.touchpoints : map?.stages;
    return {
      ctes: [],
      relation: `(SELECT customer_id, ts, seq, ${by}_no AS code FROM ${source.relation} WHERE ${by}_no IS NOT NULL) AS coded`,
      names: `[${(ids ?? []).map((x) => p.value(x.id)).join(', ')}]::VARCHAR[]`,
    };
  }
  return {
    ctes: [
      `dict AS (SELECT name, CAST(row_number() OVER (ORDER BY name) AS INTEGER) AS code
        FROM (SELECT DISTINCT ${by} AS name FROM events WHERE ${by} IS NOT NULL))`,
    ],
    relation: `(SELECT customer_id, ts, seq, dict.code FROM ${source.relation}
      JOIN dict ON dict.name = ${by}) AS coded`,
    names: '(SELECT list(name ORDER BY code) FROM dict)',
  };
}
