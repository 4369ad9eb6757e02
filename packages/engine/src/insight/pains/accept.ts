import {
  type AddCardOp,
  type AddLaneOp,
  applyOperations,
  type Card,
  type JourneyMap,
  LANE_TITLES,
} from '@opencjm/core';

/**
 * The core operations that accept a proposed pain card: `addLane` (the pains lane, titled in
 * the map's language, with the card's lane id) when the map has no such lane, then
 * `addCard` — under the proposed id, or the next free `c<n>` when that id is taken by now.
 * Operations are data, so the API can hand them to the web editor, which applies them with
 * the same core `applyOperations` (the web imports core only, never the engine).
 */
export function painOperations(map: JourneyMap, card: Card): (AddLaneOp | AddCardOp)[] {
  const lane: AddLaneOp[] = map.lanes.some((l) => l.id === card.lane)
    ? []
    : [{ op: 'addLane', type: 'pains', title: LANE_TITLES.pains[map.language], id: card.lane }];
  const free = !map.cards.some((c) => c.id === card.id);
  return [
    ...lane,
    {
      op: 'addCard',
      lane: card.lane,
      stage: card.stage,
      text: card.text,
      evidence: card.evidence,
      sources: card.sources,
      ...(card.touchpoint === undefined ? {} : { touchpoint: card.touchpoint }),
      ...(free ? { id: card.id } : {}),
    },
  ];
}

/**
 * Accepts a proposed pain card into the map (see {@link painOperations}). Returns a new map;
 * throws the core `OperationError` when the card no longer fits (its stage or touchpoint
 * was removed since it was proposed).
 *
 * @example
 * const next = acceptPain(map, result.findings[0].card);
 */
export function acceptPain(map: JourneyMap, card: Card): JourneyMap {
  return applyOperations(map, painOperations(map, card));
}
