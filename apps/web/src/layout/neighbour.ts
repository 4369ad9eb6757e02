import type { JourneyMap } from '@opencjm/core';

/** A direction of a keyboard move. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** The arrow keys that move a card with Alt held. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The cell next to lane × stage in a direction, or null at the edge of the map. Emotion
 * lanes hold the curve, not cards, so vertical moves skip them.
 */
export function neighbourCell(
  map: Pick<JourneyMap, 'stages' | 'lanes'>,
  cell: { lane: string; stage: string },
  direction: Direction,
): { lane: string; stage: string } | null {
  if (direction === 'left' || direction === 'right') {
    const at = map.stages.findIndex((stage) => stage.id === cell.stage);
    const next = map.stages[at + (direction === 'left' ? -1 : 1)];
    return at < 0 || !next ? null : { lane: cell.lane, stage: next.id };
  }
  const lanes = map.lanes.filter((lane) => lane.type !== 'emotion' || lane.id === cell.lane);
  const at = lanes.findIndex((lane) => lane.id === cell.lane);
  const next = lanes[at + (direction === 'up' ? -1 : 1)];
  return at < 0 || !next ? null : { lane: next.id, stage: cell.stage };
}
