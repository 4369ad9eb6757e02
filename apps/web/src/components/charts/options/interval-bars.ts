import type { ChartOption } from '../echarts-setup.ts';
import { whiskerSeries } from './whiskers.ts';

/** One bar: a group's score with its 95% interval and sample size. */
export interface IntervalRow {
  name: string;
  value: number | null;
  ci: readonly [number, number] | null;
  n: number;
}

/** What the chart is drawn in: the scale of the metric and its words. */
export interface IntervalBarsSpec {
  /** The metric's name, e.g. "NPS". */
  series: string;
  /** The label of the interval whiskers, e.g. "95% interval". */
  interval: string;
  /** The scale's ends, e.g. −100 … 100 for NPS; bars start at `start` (default 0). */
  min: number;
  max: number;
  start?: number;
  /** The tooltip of a row: its value, interval and n in words. */
  tooltip: (row: IntervalRow) => string;
}

const POSITIVE = '#2f6fde';
const NEGATIVE = '#c2352b';

/**
 * Horizontal bars of a score per group (stage, touchpoint, channel …) with 95% interval
 * whiskers; a negative score (NPS) is drawn red, leftwards from 0.
 */
export function intervalBarsOption(rows: readonly IntervalRow[], spec: IntervalBarsSpec): ChartOption {
  const start = spec.start ?? 0;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const index = Array.isArray(params) ? 0 : (params.dataIndex ?? 0);
        const row = rows[index];
        return row ? spec.tooltip(row) : '';
      },
    },
    grid: { left: 170, right: 40, top: 20, bottom: 30 },
    xAxis: { type: 'value', min: spec.min, max: spec.max, startValue: start },
    yAxis: {
      type: 'category',
      data: rows.map((row) => row.name),
      inverse: true,
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: spec.series,
        barMaxWidth: 28,
        data: rows.map((row) => ({
          value: row.value,
          itemStyle: { color: row.value !== null && row.value < start ? NEGATIVE : POSITIVE },
        })),
      },
      whiskerSeries(
        spec.interval,
        rows.map((row) => row.ci),
        true,
      ),
    ],
  };
}
