import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '../svg/render-map-svg.ts';
import { annaMap, bankMap, maryPersona, nastyMap } from '../test-fixtures.ts';
import { pngSize } from '../test-helpers.ts';
import { svgToPng } from './png.ts';

function svgSize(svg: string) {
  const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  return { width: Number(w), height: Number(h) };
}

describe('svgToPng', () => {
  it('renders a valid PNG of the map size × scale', () => {
    for (const [map, scale] of [
      [annaMap(), 1],
      [bankMap('zh'), 2],
      [nastyMap(), 1.5],
    ] as const) {
      const svg = renderMapSvg(map, { personas: [maryPersona(map.language)] });
      const size = pngSize(svgToPng(svg, { scale }));
      const expected = svgSize(svg);
      expect(size.width).toBe(Math.ceil(expected.width * scale));
      expect(Math.abs(size.height - expected.height * scale)).toBeLessThanOrEqual(1);
    }
  });
});
