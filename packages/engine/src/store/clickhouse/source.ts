import { AnalyticsError } from '../../analytics/errors.ts';
import type { BindingMap } from '../../binding/bound-events.ts';
import type { ClickHouseStore } from './store.ts';

/**
 * What a ClickHouse analysis reads: the view `customer_events` (each event with its
 * stitched customer, instants `t` in µs). Binding events to a map's touchpoints and stages
 * is DuckDB SQL so far: with a map, or a label that needs one, the analysis refuses with a
 * clear error instead of answering something else.
 */
export function chEventSource(
  store: ClickHouseStore,
  analysis: string,
  by: string,
  map: BindingMap | undefined,
): { relation: string; column: string } {
  if (map !== undefined || by === 'touchpoint' || by === 'stage') {
    throw new AnalyticsError(
      'not-on-clickhouse',
      `${analysis} with a map (touchpoints, stages) does not run on the ClickHouse store yet; run it on the DuckDB workspace`,
      { analysis },
    );
  }
  return { relation: store.tables.customerEvents, column: by };
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
