import { describe, expect, it } from 'vitest';
import { arrowHead, edgeSeries, selfLoop } from './dfg-edges.ts';

describe('process map edges', () => {
  it('draw a self-loop out of and back into the right side of its box', () => {
    const loop = selfLoop({ x: 100, y: 50 }, 80);
    expect(loop[0]).toEqual({ x: 140, y: 42 });
    expect(loop.at(-1)?.x).toBeCloseTo(141);
    expect(Math.max(...loop.map((p) => p.x))).toBeGreaterThan(140);
  });

  it('put the arrow head at the end, pointing along the last segment', () => {
    const head = arrowHead(
      [
        { x: 0, y: 0 },
        { x: 0, y: 100 },
      ],
      10,
    );
    expect(head[0]).toEqual({ x: 0, y: 100 });
    expect(head[1]?.y).toBeCloseTo(90);
    expect(head[2]?.y).toBeCloseTo(90);
    expect(Math.abs((head[1]?.x ?? 0) - (head[2]?.x ?? 0))).toBeCloseTo(11);
    expect(arrowHead([{ x: 1, y: 1 }], 10)).toEqual([]);
  });

  it('carry one item per edge with its tooltip', () => {
    const series = edgeSeries(
      [
        {
          points: [
            { x: 1, y: 2 },
            { x: 3, y: 4 },
          ],
          width: 2,
          opacity: 0.5,
          tip: 'A → B',
        },
      ],
      '#000',
    );
    expect(series.data).toEqual([{ value: [1, 2], tip: 'A → B' }]);
  });
});
