import type { JourneyMap, Lane, Opportunity, Touchpoint } from '@opencjm/core';

/**
 * What a lane shows in a stage besides its cards, by the rules of the exported picture
 * (packages/render `model/map-view.ts` and `svg/grid-rows.ts`), so the editor and the export
 * agree: the web may not import the renderer, hence this small copy of its rules.
 */

/** Lane types that list the map's touchpoints. */
const TOUCHPOINT_LANES: ReadonlySet<Lane['type']> = new Set(['touchpoints', 'channels']);

/** Whether a lane of this type lists the touchpoints of each stage. */
export function listsTouchpoints(type: Lane['type']): boolean {
  return TOUCHPOINT_LANES.has(type);
}

/**
 * Touchpoints of a stage that no card of the lane names: a touchpoints (or channels) lane
 * lists every touchpoint of the map, either through a card or by itself. Empty for other lanes.
 */
export function laneTouchpoints(
  map: JourneyMap,
  lane: Pick<Lane, 'id' | 'type'>,
  stageId: string,
): Touchpoint[] {
  if (!listsTouchpoints(lane.type)) return [];
  const named = new Set(map.cards.filter((card) => card.lane === lane.id).map((card) => card.touchpoint));
  return map.touchpoints.filter((tp) => tp.stage === stageId && !named.has(tp.id));
}

/** Opportunities of a stage, shown in an opportunities lane. Empty for other lanes. */
export function laneOpportunities(
  map: JourneyMap,
  lane: Pick<Lane, 'id' | 'type'>,
  stageId: string,
): Opportunity[] {
  if (lane.type !== 'opportunities') return [];
  return map.opportunities.filter((o) => o.stage === stageId);
}

/** Rows the grid adds under the lanes so nothing of the map goes unshown. */
export interface ExtraRows {
  /** A touchpoints row: the map has staged touchpoints but no lane listing them. */
  touchpoints: boolean;
  /** An opportunities row: the map has staged opportunities but no opportunities lane. */
  opportunities: boolean;
  /** Opportunities of no stage of the map, shown across the whole journey. */
  wholeJourney: Opportunity[];
}

/** The rows {@link ExtraRows} a map needs. */
export function extraRows(map: JourneyMap): ExtraRows {
  const stageIds = new Set(map.stages.map((s) => s.id));
  return {
    touchpoints:
      map.touchpoints.some((tp) => tp.stage !== undefined && stageIds.has(tp.stage)) &&
      !map.lanes.some((lane) => listsTouchpoints(lane.type)),
    opportunities:
      map.opportunities.some((o) => o.stage !== undefined && stageIds.has(o.stage)) &&
      !map.lanes.some((lane) => lane.type === 'opportunities'),
    wholeJourney: map.opportunities.filter((o) => o.stage === undefined || !stageIds.has(o.stage)),
  };
}
