import type { EmotionPoint, EmotionsResult, JourneyMap } from '@opencjm/core';
import { emotionSeries, seriesScores } from '../../editor/emotion-series.ts';

/** A stage of the emotions view: the drawn score beside the measured point. */
export interface EmotionRow {
  stage: string;
  name: string;
  /** The drawn curve's score, −2 … +2; null when no point is drawn there. */
  drawn: number | null;
  /** The curve from data at this stage; null when the data says nothing about it. */
  data: EmotionPoint | null;
}

/**
 * The rows of the emotions view: every stage of the map in order, then stages only the data
 * names. `persona` picks the drawn curve (undefined: the whole map's).
 */
export function emotionRows(
  map: JourneyMap | null,
  curve: EmotionsResult,
  persona: string | undefined,
): EmotionRow[] {
  const drawn = seriesScores(map?.emotions ?? [], persona);
  const measured = new Map(curve.byStage.map((point) => [point.name, point]));
  const stages = map?.stages ?? [];
  const rows: EmotionRow[] = stages.map((stage) => ({
    stage: stage.id,
    name: stage.name,
    drawn: drawn.get(stage.id) ?? null,
    data: measured.get(stage.id) ?? null,
  }));
  const known = new Set(stages.map((s) => s.id));
  for (const point of curve.byStage) {
    if (!known.has(point.name)) rows.push({ stage: point.name, name: point.name, drawn: null, data: point });
  }
  return rows;
}

/** The drawn curve the editor shows first: the first persona with points, else the whole map. */
export function defaultCurve(map: JourneyMap | null): string | undefined {
  return map ? emotionSeries(map.emotions, map.personas)[0] : undefined;
}
