import type { JourneyMap } from '@opencjm/core';
import {
  bindingReport,
  type DuckDbStore,
  type EmotionPoint,
  emotions,
  funnel,
  sentimentScorer,
} from '@opencjm/engine';
import type { MapMetricsBody } from '../schemas/analytics.ts';

type Figures = MapMetricsBody['stages'][string];

/**
 * The figures the editor shows on a map: per stage, the funnel over the map's stages
 * (conversion from the first stage, drop-off from the previous one, median time from the
 * previous one); per touchpoint, the customers whose events its rule binds; for both, the
 * data-driven emotion (texts and survey answers on −2 … +2) and the mean text sentiment.
 */
export async function mapMetrics(
  store: DuckDbStore,
  map: JourneyMap,
  window: string,
): Promise<MapMetricsBody> {
  const result = await funnel(store, { map, window });
  const curve = await emotions(store, { map, scorer: sentimentScorer });
  const feeling = (points: readonly EmotionPoint[], id: string) => {
    const point = points.find((p) => p.name === id);
    return {
      emotion: point?.score ?? null,
      emotionN: point?.n ?? 0,
      emotionCi: point?.ci ?? null,
      // The curve keeps text means on its −2 … +2 scale (sentiment × 2); metrics give −1 … +1.
      sentiment: point?.texts.mean == null ? null : point.texts.mean / 2,
    };
  };
  const stages: Record<string, Figures> = {};
  result.steps.forEach((step, index) => {
    const id = step.id ?? map.stages[index]?.id;
    if (id === undefined) return;
    stages[id] = {
      customers: step.customers,
      conversion: step.conversion,
      dropOff: index === 0 ? null : step.dropOffRate,
      medianSeconds: step.medianSecondsToConvert,
      ...feeling(curve.byStage, id),
    };
  });
  const report = await bindingReport(store, map);
  const touchpoints: Record<string, Figures> = {};
  for (const tp of report.touchpoints) {
    touchpoints[tp.id] = {
      customers: tp.customers,
      conversion: null,
      dropOff: null,
      medianSeconds: null,
      ...feeling(curve.byTouchpoint, tp.id),
    };
  }
  return { windowSeconds: result.windowSeconds, stages, touchpoints };
}
