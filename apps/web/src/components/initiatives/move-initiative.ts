import type { InitiativeStatus } from '@opencjm/core';
import { getInitiative, saveInitiative } from './api.ts';

/**
 * Moves an initiative to `status`: reads the newest version and writes it with the new
 * status, so a move never overwrites someone else's edit of the other fields.
 */
export async function moveInitiative(id: string, status: InitiativeStatus): Promise<void> {
  const { initiative, version } = await getInitiative(id);
  if (initiative.status === status) return;
  await saveInitiative({ ...initiative, status }, version);
}
