import { type JourneyMap, MapFigures, PlaceFigures } from '@opencjm/core';
import { funnel } from '../analytics/index.ts';
import type { PeriodOption } from '../analytics/options.ts';
import { bindingReport } from '../binding/index.ts';
import type { EmotionPoint } from '../insight/emotions/emotions.ts';
import { emotions } from '../insight/emotions/emotions.ts';
import { sentimentScorer } from '../insight/scorer.ts';
import type { EventStore } from '../store/clickhouse/store.ts';

/** The answer's schema lives in @opencjm/core, shared with the server, CLI and web app. */
export { MapFigures, PlaceFigures };

/**
 * The figures the editor shows on a map and the exports carry "with data": per stage, the
 * funnel over the map's stages (conversion from the first stage, drop-off from the previous
 * one, median time from the previous one); per touchpoint, the customers whose events its
 * rule binds; for both, the data-driven emotion (texts and survey answers on −2 … +2) and
 * the mean text sentiment. One function, so the server's map metrics and the CLI's
 * `export --with-data` can never disagree. With a `period`, every figure reads only the
 * events in it (each journey cut to the period, as the analyses do); the pains accepted on
 * the map are part of the map, not of the figures, and stay as they are.
 *
 * @example const figures = await mapFigures(store, map, '7d', { from: '2026-01-01', to: '2026-02-01' });
 */
export async function mapFigures(
  store: EventStore,
  map: JourneyMap,
  window: string,
  period?: PeriodOption,
): Promise<MapFigures> {
  const result = await funnel(store, { map, window, period });
  const curve = await emotions(store, { map, scorer: sentimentScorer, period });
  const feeling = (points: readonly EmotionPoint[], id: string) => {
    const point = points.find((p) => p.name === id);
    return {
      emotion: point?.score ?? null,
      emotionN: point?.n ?? 0,
      emotionCi: point?.ci ?? null,
      // The curve keeps text means on its −2 … +2 scale (sentiment × 2); figures give −1 … +1.
      sentiment: point?.texts.mean == null ? null : point.texts.mean / 2,
    };
  };
  const stages: Record<string, PlaceFigures> = {};
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
  const report = await bindingReport(store, map, undefined, period);
  const touchpoints: Record<string, PlaceFigures> = {};
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
