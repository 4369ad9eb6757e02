import { type JourneyMap, type Language, TOUCHPOINT_CATALOGUE } from '@opencjm/core';

/** The labels an analysis groups by; events are shown as they are named in the log. */
export type Place = 'event' | 'channel' | 'touchpoint' | 'stage';

/** Readable names of the ids analysis results carry. */
export interface Names {
  stage(id: string): string;
  touchpoint(id: string): string;
  channel(id: string): string;
  /** The name of a label of `place`; an event name is its own name. */
  of(place: Place, id: string): string;
}

/**
 * Names from the map (its stage and touchpoint names) and channel names from the touchpoint
 * catalogue in `lang`. An id neither knows (a channel outside the catalogue, a stage named
 * only by event properties) is shown as it is, so nothing is hidden.
 */
export function placeNames(map: JourneyMap | undefined, lang: Language): Names {
  const stages = new Map(map?.stages.map((s) => [s.id, s.name]));
  const touchpoints = new Map(map?.touchpoints.map((tp) => [tp.id, tp.name]));
  const channels = new Map(TOUCHPOINT_CATALOGUE.map((c) => [c.id, c.name[lang]]));
  const names: Names = {
    stage: (id) => stages.get(id) ?? id,
    touchpoint: (id) => touchpoints.get(id) ?? id,
    channel: (id) => channels.get(id) ?? id,
    of: (place, id) => (place === 'event' ? id : names[place](id)),
  };
  return names;
}
