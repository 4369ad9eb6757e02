import type { CustomSeriesOption } from 'echarts/charts';
import type { Point } from './dfg-layout.ts';

type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;

/** One edge as drawn: its route in layout px, its stroke, and its tooltip (HTML). */
export interface DrawnEdge {
  points: Point[];
  width: number;
  opacity: number;
  tip: string;
}

/** How far a self-loop reaches out to the right of its box, px. */
const LOOP = 18;

/**
 * A self-loop as a small loop on the right side of its box (centre `at`, width `boxWidth`):
 * dagre's own self-loop route is degenerate, so the loop is drawn here.
 */
export function selfLoop(at: Point, boxWidth: number): Point[] {
  const right = at.x + boxWidth / 2;
  return [
    { x: right, y: at.y - 8 },
    { x: right + LOOP, y: at.y - 10 },
    { x: right + LOOP, y: at.y + 10 },
    { x: right + 1, y: at.y + 8 },
  ];
}

/** The triangle of an arrow head at the end of `points`, pointing along the last segment. */
export function arrowHead(points: readonly Point[], size: number): Point[] {
  const tip = points.at(-1);
  const before = points.at(-2);
  if (!tip || !before) return [];
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const [ux, uy] = [(tip.x - before.x) / length, (tip.y - before.y) / length];
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  const half = size * 0.55;
  return [
    tip,
    { x: base.x - uy * half, y: base.y + ux * half },
    { x: base.x + uy * half, y: base.y - ux * half },
  ];
}

/**
 * The process map's edges as a custom series on the hidden grid: each a smoothed polyline
 * along its route with an arrow head, so edges bend around boxes instead of crossing them.
 */
export function edgeSeries(edges: readonly DrawnEdge[], color: string): CustomSeriesOption {
  const renderItem: RenderItem = (params, api) => {
    const edge = edges[params.dataIndex];
    if (!edge || edge.points.length < 2) return null;
    const toPx = (p: Point) => {
      const [x = 0, y = 0] = api.coord([p.x, p.y]);
      return { x, y };
    };
    const points = edge.points.map(toPx);
    const style = { stroke: color, lineWidth: edge.width, opacity: edge.opacity, fill: 'none' };
    const head = arrowHead(points, 6 + edge.width);
    return {
      type: 'group',
      children: [
        {
          type: 'polyline',
          shape: { points: points.map(({ x, y }) => [x, y]), smooth: 0.35 },
          style,
        },
        {
          type: 'polygon',
          shape: { points: head.map(({ x, y }) => [x, y]) },
          style: { fill: color, opacity: Math.min(1, edge.opacity + 0.15) },
        },
      ],
    };
  };
  return {
    type: 'custom',
    coordinateSystem: 'cartesian2d',
    renderItem,
    encode: { x: 0, y: 1 },
    data: edges.map((edge) => ({ value: [edge.points[0]?.x ?? 0, edge.points[0]?.y ?? 0], tip: edge.tip })),
    z: 1,
  };
}
