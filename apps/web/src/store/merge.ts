import { applyOperation, type JourneyMap, type Operation, OperationError } from '@opencjm/core';

/** The result of re-applying one's edits on top of another version. */
export interface Reapplied {
  map: JourneyMap;
  applied: Operation[];
  /** Edits that no longer fit (e.g. the card they change was removed), with the reason code. */
  skipped: { op: Operation; code: string }[];
}

/**
 * Re-applies `ops` in order on top of `theirs`. An operation that no longer fits is skipped
 * and reported, never thrown, so the rest of the edits still land.
 */
export function reapply(theirs: JourneyMap, ops: readonly Operation[]): Reapplied {
  let map = theirs;
  const applied: Operation[] = [];
  const skipped: Reapplied['skipped'] = [];
  for (const op of ops) {
    try {
      map = applyOperation(map, op);
      applied.push(op);
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      skipped.push({ op, code: error.code });
    }
  }
  return { map, applied, skipped };
}
