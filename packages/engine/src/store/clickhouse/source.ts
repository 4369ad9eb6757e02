import { AnalyticsError } from '../../analytics/errors.ts';
import type { SqlParams } from '../../analytics/sql/params.ts';
import { type BindingMap, boundEventsSql } from '../../binding/bound-events.ts';
import type { ClickHouseStore } from './store.ts';

/**
 * What a ClickHouse analysis reads: the view `customer_events` (each event with its
 * stitched customer, instants `t` in µs), or with a map the events bound to its
 * touchpoints and stages by the map's rules (`boundEventsSql` in ClickHouse SQL, values
 * bound through `p`). Grouping by touchpoint or stage needs a map, as on DuckDB. What the
 * ClickHouse store cannot bind yet is refused with a clear error, never answered otherwise:
 * a map without `p` (an analysis that does not bind there).
 */
export function chEventSource(
  store: ClickHouseStore,
  analysis: string,
  by: string,
  map: BindingMap | undefined,
  p?: SqlParams,
): { relation: string; column: string } {
  if ((by === 'touchpoint' || by === 'stage') && !map) {
    throw new AnalyticsError('map-required', `grouping by ${by} needs a map (--map FILE)`, { by });
  }
  if (map === undefined) return { relation: store.tables.customerEvents, column: by };
  if (!p) throw notOnClickHouse(analysis, 'binding events to a map');
  return { relation: `(${boundEventsSql(map, p, store.tables.customerEvents)}) AS bound_events`, column: by };
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
