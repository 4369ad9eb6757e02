import { describe, expect, it } from 'vitest';
import { pageSlices } from './pdf-pages.ts';

describe('pageSlices', () => {
  it('cuts at the lowest break that still fits the page', () => {
    expect(pageSlices(1000, 600, [100, 450, 700])).toEqual([
      [0, 450],
      [450, 1000],
    ]);
  });

  it('keeps a picture that fits on one page', () => {
    expect(pageSlices(500, 600, [100, 300])).toEqual([[0, 500]]);
  });

  it('cuts a row taller than a page where the page ends', () => {
    expect(pageSlices(1500, 600, [100])).toEqual([
      [0, 600],
      [600, 1200],
      [1200, 1500],
    ]);
  });
});
