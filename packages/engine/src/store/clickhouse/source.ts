import { AnalyticsError } from '../../analytics/errors.ts';
import { hasPeriod, type PeriodOption, periodInstant } from '../../analytics/options.ts';
import type { SqlParams } from '../../analytics/sql/params.ts';
import { type BindingMap, boundEventsSql } from '../../binding/bound-events.ts';
import type { ClickHouseStore } from './store.ts';

/**
 * What a ClickHouse analysis reads: the view `customer_events` (each event with its
 * stitched customer, instants `t` in µs), only its events in `period` when one is given
 * (as DuckDB's `periodEvents`), or with a map those events bound to its touchpoints and
 * stages by the map's rules (`boundEventsSql` in ClickHouse SQL, values bound through
 * `p`). Grouping by touchpoint or stage needs a map, as on DuckDB. What the ClickHouse
 * store cannot bind yet is refused with a clear error, never answered otherwise: a map or
 * a period without `p` (an analysis that does not bind there).
 */
export function chEventSource(
  store: ClickHouseStore,
  analysis: string,
  by: string,
  map: BindingMap | undefined,
  p?: SqlParams,
  period?: PeriodOption,
): { relation: string; column: string } {
  if ((by === 'touchpoint' || by === 'stage') && !map) {
    throw new AnalyticsError('map-required', `grouping by ${by} needs a map (--map FILE)`, { by });
  }
  if (hasPeriod(period) && !p) throw notOnClickHouse(analysis, 'a period (from, to)');
  const events = p ? chPeriodEvents(store, p, period) : store.tables.customerEvents;
  if (map === undefined) return { relation: events, column: by };
  if (!p) throw notOnClickHouse(analysis, 'binding events to a map');
  return { relation: `(${boundEventsSql(map, p, events)}) AS bound_events`, column: by };
}

/**
 * The customer events view, or a FROM item of its events from `period.from` (included) to
 * `period.to` (excluded) under the view's name: `t` is µs since the epoch, the bounds are
 * the period's instants in µs (an ISO instant has at most ms precision).
 */
export function chPeriodEvents(store: ClickHouseStore, p: SqlParams, period: PeriodOption): string {
  const view = store.tables.customerEvents;
  if (!hasPeriod(period)) return view;
  const us = (instant: string) => p.value(BigInt(Date.parse(periodInstant(instant))) * 1000n);
  const bounds = [
    ...(period.from === undefined ? [] : [`t >= ${us(period.from)}`]),
    ...(period.to === undefined ? [] : [`t < ${us(period.to)}`]),
  ];
  return `(SELECT * FROM ${view} WHERE ${bounds.join(' AND ')}) AS ${view}`;
}

/** Refuses what a ClickHouse analysis cannot compute yet, naming it. */
export function notOnClickHouse(analysis: string, what: string): AnalyticsError {
  return new AnalyticsError(
    'not-on-clickhouse',
    `${analysis}: ${what} does not run on the ClickHouse store yet`,
    {
      analysis,
    },
  );
}
