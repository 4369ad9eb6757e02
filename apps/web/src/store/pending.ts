import type { Operation } from '@opencjm/core';

/**
 * The operations made after a save: `now` minus the operations `sent` with that save, or
 * `null` when `now` does not continue `sent` (an undo happened meanwhile) or is unknown.
 * Operations are compared by identity, as the store never copies them.
 */
export function pendingAfterSave(
  now: readonly Operation[] | null,
  sent: readonly Operation[] | null,
): readonly Operation[] | null {
  if (now === null || sent === null || now.length < sent.length) return null;
  for (let i = 0; i < sent.length; i += 1) if (now[i] !== sent[i]) return null;
  return now.slice(sent.length);
}
