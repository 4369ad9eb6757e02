/** Width of the lane header column, px. */
export const LANE_HEADER_WIDTH = 176;
/** Width of one stage column, px; the emotion curve spaces its points by it. */
export const STAGE_WIDTH = 240;
/** Height of the emotion curve, px. */
export const CURVE_HEIGHT = 150;

/** The CSS grid columns of a map with `stageCount` stages. */
export function gridColumns(stageCount: number): string {
  return `${LANE_HEADER_WIDTH}px repeat(${stageCount}, ${STAGE_WIDTH}px)`;
}
