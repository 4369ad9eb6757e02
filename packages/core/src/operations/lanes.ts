import type { JourneyMap } from '../schema/index.ts';
import { removeCards } from './cascade.ts';
import { slugId } from './ids.ts';
import { insertAt, moveTo, replaceAt } from './immutable.ts';
import { idsOf, requireIndex, requireIndexInRange, requireNewId } from './lookup.ts';
import type { AddLaneOp, MoveLaneOp, RemoveLaneOp, RenameLaneOp } from './schema.ts';

/** Adds a lane; without `id` the id is its type (`pains`, then `pains-2` …). */
export function addLane(map: JourneyMap, op: AddLaneOp): JourneyMap {
  const ids = idsOf(map.lanes);
  if (op.id !== undefined) requireNewId(op.op, 'lane', ids, op.id);
  const index = op.index ?? map.lanes.length;
  requireIndexInRange(op.op, index, map.lanes.length);
  const lane = { id: op.id ?? slugId(op.type, ids, 'lane'), type: op.type, title: op.title };
  return { ...map, lanes: insertAt(map.lanes, index, lane) };
}

/** Changes a lane's title. */
export function renameLane(map: JourneyMap, op: RenameLaneOp): JourneyMap {
  const index = requireIndex(op.op, 'lane', map.lanes, op.id);
  return { ...map, lanes: replaceAt(map.lanes, index, (lane) => ({ ...lane, title: op.title })) };
}

/** Moves a lane to position `index`. */
export function moveLane(map: JourneyMap, op: MoveLaneOp): JourneyMap {
  const from = requireIndex(op.op, 'lane', map.lanes, op.id);
  requireIndexInRange(op.op, op.index, map.lanes.length - 1);
  return { ...map, lanes: moveTo(map.lanes, from, op.index) };
}

/** Removes a lane with its cards; opportunities no longer list those cards among their pains. */
export function removeLane(map: JourneyMap, op: RemoveLaneOp): JourneyMap {
  requireIndex(op.op, 'lane', map.lanes, op.id);
  const withoutCards = removeCards(map, (card) => card.lane === op.id);
  return { ...withoutCards, lanes: map.lanes.filter((lane) => lane.id !== op.id) };
}
