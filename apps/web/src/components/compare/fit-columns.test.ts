import { describe, expect, it } from 'vitest';
import { fitColumn, LABEL_COLUMN, MAX_COLUMN, MIN_COLUMN } from './fit-columns.ts';

describe('compare view columns', () => {
  it('shares the width of half a 1440 px window among five stages', () => {
    const column = fitColumn(700, 5);
    expect(column).toBe(117);
    expect(LABEL_COLUMN + 5 * column).toBeLessThanOrEqual(700);
  });

  it('keeps columns readable: never under the minimum, never wider than the maximum', () => {
    expect(fitColumn(400, 12)).toBe(MIN_COLUMN);
    expect(fitColumn(2000, 2)).toBe(MAX_COLUMN);
  });

  it('gives a map without stages, or an unmeasured box, the widest column', () => {
    expect(fitColumn(700, 0)).toBe(MAX_COLUMN);
    expect(fitColumn(Number.NaN, 4)).toBe(MAX_COLUMN);
  });
});
