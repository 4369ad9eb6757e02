import type { JourneyMap } from '@opencjm/core';
import { type DuckDbStore, mapFigures, type PeriodOption } from '@opencjm/engine';
import type { MapMetricsBody } from '../schemas/analytics.ts';
import { eventStore } from '../store/clickhouse-events.ts';

/**
 * The figures the editor shows on a map: the engine's `mapFigures` (per stage the funnel
 * over the map's stages, per touchpoint the customers its rule binds, for both the data
 * emotion and the mean text sentiment). The exports "with data" use the same function.
 * With `OPENCJM_CLICKHOUSE_URL` set the events are read from that ClickHouse store. With a
 * `period`, only the events in it count.
 */
export async function mapMetrics(
  store: DuckDbStore,
  map: JourneyMap,
  window: string,
  period?: PeriodOption,
): Promise<MapMetricsBody> {
  return mapFigures(await eventStore(store), map, window, period);
}
