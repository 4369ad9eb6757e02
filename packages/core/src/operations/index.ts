/**
 * Pure edit operations on a journey map, shared by the web editor and the HTTP API.
 * Operations are data (`Operation`); `applyOperation` returns a new map.
 */
export { applyOperation, applyOperations, OPERATION_NAMES, parseOperation } from './apply.ts';
export { describeOperation } from './describe.ts';
export { EMOTION_SCORE_RANGE } from './emotions.ts';
export {
  OPERATION_ERROR_CODES,
  OperationError,
  type OperationErrorCode,
  type OperationErrorParams,
} from './errors.ts';
export { nextId, slugId, slugify } from './ids.ts';
export * from './schema.ts';
