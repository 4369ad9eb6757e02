import { z } from 'zod';
import {
  Evidence,
  Id,
  KpiMetric,
  LaneType,
  Language,
  MapType,
  MatchRule,
  OpportunityStatus,
  Source,
  SourceKind,
} from '../schema/index.ts';

/*
 * Edit operations as data: the API validates them, the editor keeps them for its history.
 * Conventions:
 * - `id` on an add operation is optional; without it an id is derived deterministically.
 * - In update operations an absent field is kept and `null` removes an optional field.
 * - Ranges that depend on the map (indexes) or carry their own error code (emotion score)
 *   are checked when the operation is applied, not here.
 */

/** A position in a list, from 0; its range is checked against the map when applied. */
const Index = z.number().int().describe('Position from 0, checked against the map when applied');
const Name = z.string().min(1);
const Score = z.number().describe('−2 (very negative) … +2 (very positive), checked when applied');
const Rating = z.number().int().min(1).max(5).describe('1 (low) … 5 (high)');

/** Shorthand for an operation object whose `op` is `name`. Unknown keys are refused. */
function op<N extends string, Shape extends z.ZodRawShape>(name: N, shape: Shape) {
  return z.strictObject({ op: z.literal(name), ...shape });
}

// Stages

/** Add a stage at `index` (default: last). */
export const AddStageOp = op('addStage', {
  name: Name,
  id: Id.optional(),
  index: Index.optional(),
  goal: z.string().optional(),
  description: z.string().optional(),
});
export type AddStageOp = z.infer<typeof AddStageOp>;

/** Rename a stage; its id stays. */
export const RenameStageOp = op('renameStage', { id: Id, name: Name });
export type RenameStageOp = z.infer<typeof RenameStageOp>;

/** Change a stage's goal or description (`null` removes). */
export const UpdateStageOp = op('updateStage', {
  id: Id,
  goal: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
});
export type UpdateStageOp = z.infer<typeof UpdateStageOp>;

/** Move a stage so that it ends up at `index`. */
export const MoveStageOp = op('moveStage', { id: Id, index: Index });
export type MoveStageOp = z.infer<typeof MoveStageOp>;

/** Remove a stage with its cards and emotions; references to it are unset. */
export const RemoveStageOp = op('removeStage', { id: Id });
export type RemoveStageOp = z.infer<typeof RemoveStageOp>;

// Lanes

/** Add a lane at `index` (default: last). */
export const AddLaneOp = op('addLane', {
  type: LaneType,
  title: Name,
  id: Id.optional(),
  index: Index.optional(),
});
export type AddLaneOp = z.infer<typeof AddLaneOp>;

/** Change a lane's title; its id stays. */
export const RenameLaneOp = op('renameLane', { id: Id, title: Name });
export type RenameLaneOp = z.infer<typeof RenameLaneOp>;

/** Move a lane so that it ends up at `index`. */
export const MoveLaneOp = op('moveLane', { id: Id, index: Index });
export type MoveLaneOp = z.infer<typeof MoveLaneOp>;

/** Remove a lane with its cards. */
export const RemoveLaneOp = op('removeLane', { id: Id });
export type RemoveLaneOp = z.infer<typeof RemoveLaneOp>;

// Cards

/** Add a card to the cell lane × stage, at `index` within the cell (default: last). */
export const AddCardOp = op('addCard', {
  lane: Id,
  stage: Id,
  text: z.string(),
  evidence: Evidence.optional().describe('Default: hypothesis'),
  sources: z.array(Source).optional(),
  persona: Id.optional(),
  touchpoint: Id.optional(),
  id: Id.optional(),
  index: Index.optional(),
});
export type AddCardOp = z.infer<typeof AddCardOp>;

/** Change a card's content (`null` removes persona or touchpoint). */
export const EditCardOp = op('editCard', {
  id: Id,
  text: z.string().optional(),
  evidence: Evidence.optional(),
  sources: z.array(Source).optional(),
  persona: Id.nullable().optional(),
  touchpoint: Id.nullable().optional(),
});
export type EditCardOp = z.infer<typeof EditCardOp>;

/** Move a card to the cell lane × stage, at `index` within that cell (default: last). */
export const MoveCardOp = op('moveCard', { id: Id, lane: Id, stage: Id, index: Index.optional() });
export type MoveCardOp = z.infer<typeof MoveCardOp>;

/** Remove a card; opportunities no longer list it among their pains. */
export const RemoveCardOp = op('removeCard', { id: Id });
export type RemoveCardOp = z.infer<typeof RemoveCardOp>;

// Emotions

/** Set the emotion of a stage, for a persona or (without `persona`) the whole map; `note: null` removes the note. */
export const SetEmotionOp = op('setEmotion', {
  stage: Id,
  persona: Id.optional(),
  score: Score,
  note: z.string().nullable().optional(),
});
export type SetEmotionOp = z.infer<typeof SetEmotionOp>;

/** Remove the emotion of a stage, for a persona or (without `persona`) the whole map. */
export const RemoveEmotionOp = op('removeEmotion', { stage: Id, persona: Id.optional() });
export type RemoveEmotionOp = z.infer<typeof RemoveEmotionOp>;

// Touchpoints

/** Add a touchpoint (appended). */
export const AddTouchpointOp = op('addTouchpoint', {
  id: Id.optional(),
  name: Name,
  channel: Name,
  kind: z.enum(['online', 'offline']),
  source: SourceKind.optional().describe('Default: quantitative'),
  stage: Id.optional(),
  match: MatchRule.optional(),
});
export type AddTouchpointOp = z.infer<typeof AddTouchpointOp>;

/** Change a touchpoint (`null` removes stage or match rules). */
export const UpdateTouchpointOp = op('updateTouchpoint', {
  id: Id,
  name: Name.optional(),
  channel: Name.optional(),
  kind: z.enum(['online', 'offline']).optional(),
  source: SourceKind.optional(),
  stage: Id.nullable().optional(),
  match: MatchRule.nullable().optional(),
});
export type UpdateTouchpointOp = z.infer<typeof UpdateTouchpointOp>;

/** Remove a touchpoint; cards and KPIs no longer refer to it. */
export const RemoveTouchpointOp = op('removeTouchpoint', { id: Id });
export type RemoveTouchpointOp = z.infer<typeof RemoveTouchpointOp>;

/** Bind a touchpoint to a stage (`null` unbinds). */
export const LinkTouchpointOp = op('linkTouchpoint', { touchpoint: Id, stage: Id.nullable() });
export type LinkTouchpointOp = z.infer<typeof LinkTouchpointOp>;

/** Say which touchpoint a card is about (`null`: none). */
export const LinkCardTouchpointOp = op('linkCardTouchpoint', { card: Id, touchpoint: Id.nullable() });
export type LinkCardTouchpointOp = z.infer<typeof LinkCardTouchpointOp>;

// Opportunities

/** Add an opportunity (appended). */
export const AddOpportunityOp = op('addOpportunity', {
  id: Id.optional(),
  title: Name,
  description: z.string().optional(),
  stage: Id.optional(),
  pains: z.array(Id).optional(),
  owner: z.string().optional(),
  status: OpportunityStatus.optional().describe('Default: idea'),
  impact: Rating.optional(),
  effort: Rating.optional(),
});
export type AddOpportunityOp = z.infer<typeof AddOpportunityOp>;

/** Change an opportunity (`null` removes an optional field). */
export const UpdateOpportunityOp = op('updateOpportunity', {
  id: Id,
  title: Name.optional(),
  description: z.string().nullable().optional(),
  stage: Id.nullable().optional(),
  pains: z.array(Id).optional(),
  owner: z.string().nullable().optional(),
  status: OpportunityStatus.optional(),
  impact: Rating.nullable().optional(),
  effort: Rating.nullable().optional(),
});
export type UpdateOpportunityOp = z.infer<typeof UpdateOpportunityOp>;

/** Remove an opportunity. */
export const RemoveOpportunityOp = op('removeOpportunity', { id: Id });
export type RemoveOpportunityOp = z.infer<typeof RemoveOpportunityOp>;

// KPIs

/** Add a KPI (appended). */
export const AddKpiOp = op('addKpi', {
  id: Id.optional(),
  name: Name,
  metric: KpiMetric,
  stage: Id.optional(),
  touchpoint: Id.optional(),
  target: z.number().optional(),
  unit: z.string().optional(),
});
export type AddKpiOp = z.infer<typeof AddKpiOp>;

/** Change a KPI (`null` removes an optional field). */
export const UpdateKpiOp = op('updateKpi', {
  id: Id,
  name: Name.optional(),
  metric: KpiMetric.optional(),
  stage: Id.nullable().optional(),
  touchpoint: Id.nullable().optional(),
  target: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
});
export type UpdateKpiOp = z.infer<typeof UpdateKpiOp>;

/** Remove a KPI. */
export const RemoveKpiOp = op('removeKpi', { id: Id });
export type RemoveKpiOp = z.infer<typeof RemoveKpiOp>;

// Map fields

/** Set a field of the map itself; `value` is checked against the field (`null` removes the description). */
export const SetMapFieldOp = z.discriminatedUnion('field', [
  op('setMapField', { field: z.literal('title'), value: Name }),
  op('setMapField', { field: z.literal('description'), value: z.string().nullable() }),
  op('setMapField', { field: z.literal('type'), value: MapType }),
  op('setMapField', { field: z.literal('process'), value: Name }),
  op('setMapField', { field: z.literal('language'), value: Language }),
]);
export type SetMapFieldOp = z.infer<typeof SetMapFieldOp>;

/** The fields `setMapField` can change. */
export type MapField = SetMapFieldOp['field'];

// Personas

/** Add a persona (the id of a persona document) to the map. */
export const AddPersonaOp = op('addPersona', { id: Id });
export type AddPersonaOp = z.infer<typeof AddPersonaOp>;

/** Remove a persona from the map with its emotions; cards about it become general. */
export const RemovePersonaOp = op('removePersona', { id: Id });
export type RemovePersonaOp = z.infer<typeof RemovePersonaOp>;

/** Any edit operation on a journey map, told apart by `op`. */
export const Operation = z.discriminatedUnion('op', [
  AddStageOp,
  RenameStageOp,
  UpdateStageOp,
  MoveStageOp,
  RemoveStageOp,
  AddLaneOp,
  RenameLaneOp,
  MoveLaneOp,
  RemoveLaneOp,
  AddCardOp,
  EditCardOp,
  MoveCardOp,
  RemoveCardOp,
  SetEmotionOp,
  RemoveEmotionOp,
  AddTouchpointOp,
  UpdateTouchpointOp,
  RemoveTouchpointOp,
  LinkTouchpointOp,
  LinkCardTouchpointOp,
  AddOpportunityOp,
  UpdateOpportunityOp,
  RemoveOpportunityOp,
  AddKpiOp,
  UpdateKpiOp,
  RemoveKpiOp,
  SetMapFieldOp,
  AddPersonaOp,
  RemovePersonaOp,
]);
export type Operation = z.infer<typeof Operation>;

/** The name of an operation, e.g. `moveCard`. */
export type OperationName = Operation['op'];

/** The operation named `Name`. */
export type OperationOf<Name extends OperationName> = Extract<Operation, { op: Name }>;
