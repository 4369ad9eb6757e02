/**
 * The stage to scroll into view when its header next mounts: a stage added from the toolbar
 * lands at the right end of the grid, often off screen.
 */
let pending: string | null = null;

export function requestStageReveal(stageId: string): void {
  pending = stageId;
}

/** True once for the stage that was asked to be shown. */
export function takeStageReveal(stageId: string): boolean {
  if (pending !== stageId) return false;
  pending = null;
  return true;
}
