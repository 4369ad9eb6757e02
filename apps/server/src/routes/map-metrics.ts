import type { JourneyMap } from '@opencjm/core';
import { bindingReport, type DuckDbStore, funnel } from '@opencjm/engine';
import type { MapMetricsBody } from '../schemas/analytics.ts';

/**
 * The figures the editor shows on a map: per stage, the funnel over the map's stages
 * (conversion from the first stage, drop-off from the previous one, median time from the
 * previous one); per touchpoint, the customers whose events its rule binds.
 */
export async function mapMetrics(
  store: DuckDbStore,
  map: JourneyMap,
  window: string,
): Promise<MapMetricsBody> {
  const result = await funnel(store, { map, window });
  const stages: MapMetricsBody['stages'] = {};
  result.steps.forEach((step, index) => {
    const id = step.id ?? map.stages[index]?.id;
    if (id === undefined) return;
    stages[id] = {
      customers: step.customers,
      conversion: step.conversion,
      dropOff: index === 0 ? null : step.dropOffRate,
      medianSeconds: step.medianSecondsToConvert,
    };
  });
  const report = await bindingReport(store, map);
  const touchpoints: MapMetricsBody['touchpoints'] = {};
  for (const tp of report.touchpoints) {
    touchpoints[tp.id] = { customers: tp.customers, conversion: null, dropOff: null, medianSeconds: null };
  }
  return { windowSeconds: result.windowSeconds, stages, touchpoints };
}
