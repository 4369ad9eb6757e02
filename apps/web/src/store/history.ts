import type { JourneyMap, Operation } from '@opencjm/core';

/** How many edits Undo can go back. */
export const HISTORY_LIMIT = 300;

/**
 * The editor's state at one point of its history. `pending` are the operations that turn
 * the saved document of save `epoch` into `map` (`null`: not expressible as operations).
 */
export interface Snapshot {
  readonly map: JourneyMap;
  readonly pending: readonly Operation[] | null;
  readonly epoch: number;
}

/** Undo and redo stacks; the last item of each is the nearest. */
export interface History {
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** The history after an edit made from `current`: Undo returns to it, Redo is cleared. */
export function recordEdit(history: History, current: Snapshot): History {
  const past = [...history.past, current];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** Undo from `current`: the snapshot to restore and the new history, or null when nothing to undo. */
export function undo(history: History, current: Snapshot): { history: History; restore: Snapshot } | null {
  const restore = history.past.at(-1);
  if (!restore) return null;
  return { restore, history: { past: history.past.slice(0, -1), future: [...history.future, current] } };
}

/** Redo from `current`: the snapshot to restore and the new history, or null when nothing to redo. */
export function redo(history: History, current: Snapshot): { history: History; restore: Snapshot } | null {
  const restore = history.future.at(-1);
  if (!restore) return null;
  return { restore, history: { past: [...history.past, current], future: history.future.slice(0, -1) } };
}
