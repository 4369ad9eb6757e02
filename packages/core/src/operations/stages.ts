import type { JourneyMap, Stage } from '../schema/index.ts';
import { removeCards, unsetStageRefs } from './cascade.ts';
import { slugId } from './ids.ts';
import { insertAt, moveTo, patch, replaceAt } from './immutable.ts';
import { idsOf, requireIndex, requireIndexInRange, requireNewId } from './lookup.ts';
import type { AddStageOp, MoveStageOp, RemoveStageOp, RenameStageOp, UpdateStageOp } from './schema.ts';

/** Adds a stage; without `id` the id is a slug of the name (`stage`, `stage-2` … for names without one). */
export function addStage(map: JourneyMap, op: AddStageOp): JourneyMap {
  const ids = idsOf(map.stages);
  if (op.id !== undefined) requireNewId(op.op, 'stage', ids, op.id);
  const index = op.index ?? map.stages.length;
  requireIndexInRange(op.op, index, map.stages.length);
  const stage: Stage = { id: op.id ?? slugId(op.name, ids, 'stage'), name: op.name };
  if (op.goal !== undefined) stage.goal = op.goal;
  if (op.description !== undefined) stage.description = op.description;
  return { ...map, stages: insertAt(map.stages, index, stage) };
}

/** Renames a stage. */
export function renameStage(map: JourneyMap, op: RenameStageOp): JourneyMap {
  const index = requireIndex(op.op, 'stage', map.stages, op.id);
  return { ...map, stages: replaceAt(map.stages, index, (stage) => ({ ...stage, name: op.name })) };
}

/** Changes a stage's goal and description. */
export function updateStage(map: JourneyMap, op: UpdateStageOp): JourneyMap {
  const index = requireIndex(op.op, 'stage', map.stages, op.id);
  const changes = { goal: op.goal, description: op.description };
  return { ...map, stages: replaceAt(map.stages, index, (stage) => patch(stage, changes)) };
}

/** Moves a stage to position `index`. */
export function moveStage(map: JourneyMap, op: MoveStageOp): JourneyMap {
  const from = requireIndex(op.op, 'stage', map.stages, op.id);
  requireIndexInRange(op.op, op.index, map.stages.length - 1);
  return { ...map, stages: moveTo(map.stages, from, op.index) };
}

/**
 * Removes a stage with its cards and emotions. Touchpoints, opportunities and KPIs lose their
 * stage; opportunities no longer list the removed cards among their pains.
 */
export function removeStage(map: JourneyMap, op: RemoveStageOp): JourneyMap {
  requireIndex(op.op, 'stage', map.stages, op.id);
  const withoutCards = removeCards(map, (card) => card.stage === op.id);
  return unsetStageRefs(
    {
      ...withoutCards,
      stages: map.stages.filter((stage) => stage.id !== op.id),
      emotions: map.emotions.filter((emotion) => emotion.stage !== op.id),
    },
    op.id,
  );
}
