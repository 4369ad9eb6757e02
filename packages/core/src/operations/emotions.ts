import type { Emotion, JourneyMap } from '../schema/index.ts';
import { OperationError } from './errors.ts';
import { patch, removeAt, replaceAt } from './immutable.ts';
import { requirePersona, requireRef } from './lookup.ts';
import type { RemoveEmotionOp, SetEmotionOp } from './schema.ts';

/** Lowest and highest emotion score. */
export const EMOTION_SCORE_RANGE = { min: -2, max: 2 } as const;

/** Position of the emotion of `stage` for `persona` (`undefined`: the whole map), or −1. */
function emotionIndex(map: JourneyMap, stage: string, persona: string | undefined): number {
  return map.emotions.findIndex((emotion) => emotion.stage === stage && emotion.persona === persona);
}

function who(persona: string | undefined): string {
  return persona === undefined ? 'the map' : `persona "${persona}"`;
}

/**
 * Sets the emotion of a stage for a persona or the whole map: replaces the existing point or
 * appends a new one. An absent `note` keeps the existing note, `null` removes it.
 * Scores outside −2 … +2 are refused with `score-out-of-range`.
 */
export function setEmotion(map: JourneyMap, op: SetEmotionOp): JourneyMap {
  const { min, max } = EMOTION_SCORE_RANGE;
  if (!(op.score >= min && op.score <= max)) {
    throw new OperationError(
      'score-out-of-range',
      { score: op.score, min, max },
      `${op.op}: score ${op.score} is outside ${min}…${max}`,
      { op: op.op },
    );
  }
  requireRef(op.op, 'stage', map.stages, op.stage);
  requirePersona(op.op, map, op.persona);
  const score = op.score === 0 ? 0 : op.score; // no −0 in documents
  const index = emotionIndex(map, op.stage, op.persona);
  if (index >= 0) {
    const changes = { score, note: op.note };
    return { ...map, emotions: replaceAt(map.emotions, index, (emotion) => patch(emotion, changes)) };
  }
  const emotion: Emotion = { stage: op.stage, score };
  if (op.persona !== undefined) emotion.persona = op.persona;
  if (op.note != null) emotion.note = op.note;
  return { ...map, emotions: [...map.emotions, emotion] };
}

/** Removes the emotion of a stage for a persona or the whole map; `unknown-emotion` when there is none. */
export function removeEmotion(map: JourneyMap, op: RemoveEmotionOp): JourneyMap {
  const index = emotionIndex(map, op.stage, op.persona);
  if (index < 0) {
    throw new OperationError(
      'unknown-emotion',
      op.persona === undefined ? { stage: op.stage } : { stage: op.stage, persona: op.persona },
      `${op.op}: no emotion for stage "${op.stage}" and ${who(op.persona)}`,
      { op: op.op },
    );
  }
  return { ...map, emotions: removeAt(map.emotions, index) };
}
