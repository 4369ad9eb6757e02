import type { JourneyMap, SetEmotionOp } from '@opencjm/core';
import type { EmotionsResult } from './emotions.ts';

/**
 * The `setEmotion` operations that put a measured curve on the map: one per map stage with
 * signals, the score rounded to 0.1, the note giving n and the interval (numbers only, so it
 * reads the same in every language). Apply them with `applyOperations`; stages without
 * signals keep what the map has.
 */
export function emotionOperations(map: JourneyMap, curve: EmotionsResult): SetEmotionOp[] {
  const stages = new Set(map.stages.map((s) => s.id));
  return curve.byStage
    .filter((p) => stages.has(p.name) && p.score !== null)
    .map((p) => ({
      op: 'setEmotion',
      stage: p.name,
      score: Math.round((p.score ?? 0) * 10) / 10,
      note: `n = ${p.n}${p.ci ? `; 95% CI ${p.ci[0].toFixed(2)}…${p.ci[1].toFixed(2)}` : ''}`,
    }));
}
