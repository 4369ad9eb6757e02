import type { Emotion } from '@opencjm/core';

/**
 * The curves a map has: one per persona with emotions, and the whole map's (`undefined`).
 * The first is the one shown by default: the map's first persona that has points, else the
 * whole map.
 */
export function emotionSeries(
  emotions: readonly Emotion[],
  personas: readonly string[],
): (string | undefined)[] {
  const withPoints = new Set(emotions.map((emotion) => emotion.persona));
  const ordered: (string | undefined)[] = personas.filter((persona) => withPoints.has(persona));
  for (const persona of withPoints) if (!ordered.includes(persona)) ordered.push(persona);
  if (!ordered.includes(undefined)) ordered.push(undefined);
  return ordered;
}

/** The scores of one curve by stage id. */
export function seriesScores(emotions: readonly Emotion[], persona: string | undefined): Map<string, number> {
  const scores = new Map<string, number>();
  for (const emotion of emotions) if (emotion.persona === persona) scores.set(emotion.stage, emotion.score);
  return scores;
}
