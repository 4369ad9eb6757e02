import type { CustomSeriesOption } from 'echarts/charts';

type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;

/** A 95% interval of the category at `index`, as the custom series stores it: `[index, lo, hi]`. */
export type WhiskerDatum = [number, number, number];

/** The whisker data of intervals by category position; categories without one are left out. */
export function whiskerData(intervals: readonly (readonly [number, number] | null)[]): WhiskerDatum[] {
  return intervals.flatMap((ci, index): WhiskerDatum[] => (ci ? [[index, ci[0], ci[1]]] : []));
}

/**
 * A series drawing 95% intervals as whiskers (a line with end caps) over bars or points:
 * `horizontal` when the categories are on the y axis. The axis extent includes the ends.
 */
export function whiskerSeries(
  name: string,
  intervals: readonly (readonly [number, number] | null)[],
  horizontal: boolean,
): CustomSeriesOption {
  const renderItem: RenderItem = (_params, api) => {
    const [index, lo, hi] = [0, 1, 2].map((dim) => Number(api.value(dim))) as WhiskerDatum;
    const from = api.coord(horizontal ? [lo, index] : [index, lo]);
    const to = api.coord(horizontal ? [hi, index] : [index, hi]);
    const size = api.size?.(horizontal ? [0, 1] : [1, 0]);
    const band = Array.isArray(size) ? (size[horizontal ? 1 : 0] ?? 0) : 0;
    const cap = Math.min(8, band * 0.2);
    const [x1, y1] = [from[0] ?? 0, from[1] ?? 0];
    const [x2, y2] = [to[0] ?? 0, to[1] ?? 0];
    const style = { stroke: '#1f2430', lineWidth: 1.5 };
    const capAt = (x: number, y: number) =>
      horizontal
        ? { type: 'line' as const, shape: { x1: x, y1: y - cap, x2: x, y2: y + cap }, style }
        : { type: 'line' as const, shape: { x1: x - cap, y1: y, x2: x + cap, y2: y }, style };
    return {
      type: 'group',
      children: [{ type: 'line', shape: { x1, y1, x2, y2 }, style }, capAt(x1, y1), capAt(x2, y2)],
    };
  };
  return {
    type: 'custom',
    name,
    renderItem,
    data: whiskerData(intervals),
    encode: horizontal ? { x: [1, 2], y: 0 } : { x: 0, y: [1, 2] },
    z: 5,
    silent: true,
  };
}
