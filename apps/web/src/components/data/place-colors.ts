import type { JourneyMap } from '@opencjm/core';
import { stageColor } from '../charts/stage-colors.ts';

/**
 * The colour of a touchpoint key in the charts: the colour of its stage on the map, or
 * undefined for a touchpoint the map does not place in a stage (or does not know).
 */
export function touchpointColors(map: Pick<JourneyMap, 'stages' | 'touchpoints'> | null) {
  const stageIndex = new Map(map?.stages.map((stage, i) => [stage.id, i]));
  const colors = new Map<string, string>();
  for (const touchpoint of map?.touchpoints ?? []) {
    const index = touchpoint.stage === undefined ? undefined : stageIndex.get(touchpoint.stage);
    if (index !== undefined) colors.set(touchpoint.id, stageColor(index));
  }
  return (id: string): string | undefined => colors.get(id);
}
