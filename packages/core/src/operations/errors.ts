/** Every reason an operation can be refused. The API returns the code; the UI translates it. */
export const OPERATION_ERROR_CODES = [
  'invalid-operation',
  'unknown-stage',
  'unknown-lane',
  'unknown-card',
  'unknown-touchpoint',
  'unknown-opportunity',
  'unknown-kpi',
  'unknown-persona',
  'unknown-emotion',
  'duplicate-id',
  'score-out-of-range',
  'index-out-of-range',
] as const;

/** A machine-readable reason an operation was refused. */
export type OperationErrorCode = (typeof OPERATION_ERROR_CODES)[number];

/** Values the message was built from, e.g. `{ id: 'purhcase' }`; safe to interpolate in translations. */
export type OperationErrorParams = Readonly<Record<string, unknown>>;

/**
 * Thrown when an operation cannot be applied to a map. The map given to the operation is
 * left untouched.
 *
 * @example
 * new OperationError('unknown-stage', { id: 'purhcase' }, 'moveCard: unknown stage "purhcase"', { op: 'moveCard' })
 */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  /** Machine-readable reason. */
  readonly code: OperationErrorCode;
  /** Values the message was built from. */
  readonly params: OperationErrorParams;
  /** Name of the refused operation, when known. */
  readonly op: string | undefined;
  /** Position of the refused operation in a batch given to `applyOperations`. */
  readonly index: number | undefined;

  constructor(
    code: OperationErrorCode,
    params: OperationErrorParams,
    message: string,
    options: { op?: string; index?: number } = {},
  ) {
    super(message);
    this.code = code;
    this.params = params;
    this.op = options.op;
    this.index = options.index;
  }

  /** The same error, marked with the position of the operation in a batch. */
  atIndex(index: number): OperationError {
    const error = new OperationError(this.code, this.params, this.message, { op: this.op, index });
    error.stack = this.stack;
    return error;
  }
}
