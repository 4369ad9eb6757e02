/** Width of the lane-title column of a read-only map, px. */
export const LABEL_COLUMN = 110;
/** Narrowest stage column that still reads (about a dozen characters a line), px. */
export const MIN_COLUMN = 96;
/** Widest stage column: more only spreads the cards thin, px. */
export const MAX_COLUMN = 220;

/**
 * The stage column width that fits a read-only map of `stages` columns into `available` px
 * beside its lane titles, within [MIN_COLUMN, MAX_COLUMN]; below the minimum the map scrolls.
 * @example fitColumn(700, 5) // 117
 */
export function fitColumn(available: number, stages: number): number {
  if (stages <= 0 || !Number.isFinite(available)) return MAX_COLUMN;
  const share = Math.floor((available - LABEL_COLUMN - 2) / stages);
  return Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, share));
}
