import { z } from 'zod';
import type { JourneyMap } from '../schema/index.ts';
import { addCard, editCard, moveCard, removeCard } from './cards.ts';
import { removeEmotion, setEmotion } from './emotions.ts';
import { OperationError } from './errors.ts';
import { addKpi, removeKpi, updateKpi } from './kpis.ts';
import { addLane, moveLane, removeLane, renameLane } from './lanes.ts';
import { setMapField } from './map-fields.ts';
import { addOpportunity, removeOpportunity, updateOpportunity } from './opportunities.ts';
import { addPersona, removePersona } from './personas.ts';
import { Operation, type OperationName, type OperationOf } from './schema.ts';
import { addStage, moveStage, removeStage, renameStage, updateStage } from './stages.ts';
import {
  addTouchpoint,
  linkCardTouchpoint,
  linkTouchpoint,
  removeTouchpoint,
  updateTouchpoint,
} from './touchpoints.ts';

type Handlers = { readonly [N in OperationName]: (map: JourneyMap, op: OperationOf<N>) => JourneyMap };

const HANDLERS: Handlers = {
  addStage,
  renameStage,
  updateStage,
  moveStage,
  removeStage,
  addLane,
  renameLane,
  moveLane,
  removeLane,
  addCard,
  editCard,
  moveCard,
  removeCard,
  setEmotion,
  removeEmotion,
  addTouchpoint,
  updateTouchpoint,
  removeTouchpoint,
  linkTouchpoint,
  linkCardTouchpoint,
  addOpportunity,
  updateOpportunity,
  removeOpportunity,
  addKpi,
  updateKpi,
  removeKpi,
  setMapField,
  addPersona,
  removePersona,
};

/** The names of all operations, in the order of the `Operation` union. */
export const OPERATION_NAMES = Object.keys(HANDLERS) as readonly OperationName[];

function opName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('op' in value)) return undefined;
  return typeof value.op === 'string' ? value.op : undefined;
}

/**
 * Checks an operation against the `Operation` schema; throws `invalid-operation` (with the
 * zod issues in `params.issues`) when it does not fit.
 */
export function parseOperation(value: unknown): Operation {
  const result = Operation.safeParse(value);
  if (result.success) return result.data;
  const op = opName(value);
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
  throw new OperationError(
    'invalid-operation',
    { op, issues },
    `${op ?? 'operation'}: invalid operation\n${z.prettifyError(result.error)}`,
    op === undefined ? {} : { op },
  );
}

/**
 * Applies one operation and returns the new map. The given map is never changed; items the
 * operation does not touch are shared with it. The operation is checked against its schema
 * first, so maps produced this way still satisfy `JourneyMap` and all their references
 * resolve.
 *
 * @throws {OperationError} when the operation is invalid or does not fit the map.
 */
export function applyOperation(map: JourneyMap, op: Operation): JourneyMap {
  const checked = parseOperation(op);
  const handler = HANDLERS[checked.op] as (map: JourneyMap, op: Operation) => JourneyMap;
  return handler(map, checked);
}

/**
 * Applies operations in order and returns the final map; all or nothing.
 *
 * @throws {OperationError} for the first operation that fails, with its position in `index`.
 */
export function applyOperations(map: JourneyMap, ops: readonly Operation[]): JourneyMap {
  return ops.reduce((current, op, index) => {
    try {
      return applyOperation(current, op);
    } catch (error) {
      throw error instanceof OperationError ? error.atIndex(index) : error;
    }
  }, map);
}
