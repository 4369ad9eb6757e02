/**
 * Colours of a map's stages by position, the same as the exported map's stage headers
 * (`COLORS.stageHeader` of packages/render/src/svg/theme.ts; a test keeps them equal), so
 * a stage has one colour on the map and in every chart.
 */
export const STAGE_COLORS = [
  '#1e88e5',
  '#43a047',
  '#fb8c00',
  '#8e24aa',
  '#00897b',
  '#e53935',
  '#3949ab',
  '#6d4c41',
] as const;

/** The colour of the stage at `index` (0-based) of its map. */
export function stageColor(index: number): string {
  return STAGE_COLORS[((index % STAGE_COLORS.length) + STAGE_COLORS.length) % STAGE_COLORS.length] as string;
}
