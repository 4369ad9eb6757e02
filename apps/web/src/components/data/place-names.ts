import type { JourneyMap, Language } from '@opencjm/core';
import { channelName } from '../editor/channel-icons.ts';

/** Readable names of the places insight answers refer to by id. */
export interface DataNames {
  stage(id: string): string;
  touchpoint(id: string): string;
  channel(id: string): string;
}

/**
 * Names from the map (stage and touchpoint names, catalogue channel names in `lang`); an id
 * the map does not know (a stage named only by event properties) is shown as it is.
 */
export function dataNames(map: JourneyMap | null, lang: Language): DataNames {
  const stages = new Map(map?.stages.map((s) => [s.id, s.name]));
  const touchpoints = new Map(map?.touchpoints.map((tp) => [tp.id, tp.name]));
  return {
    stage: (id) => stages.get(id) ?? id,
    touchpoint: (id) => touchpoints.get(id) ?? id,
    channel: (id) => channelName(id, lang),
  };
}
