import type { ChartOption } from '../echarts-setup.ts';
import { whiskerSeries } from './whiskers.ts';

/** A stage of the comparison: the drawn score and the measured one with its interval. */
export interface EmotionCompareRow {
  name: string;
  drawn: number | null;
  data: number | null;
  ci: readonly [number, number] | null;
}

/** Series names of the comparison chart. */
export interface EmotionCompareLabels {
  drawn: string;
  data: string;
  interval: string;
}

/**
 * The drawn emotion curve and the one from data across the stages, on −2 … +2, the data
 * points with their 95% interval whiskers.
 */
export function emotionCompareOption(
  rows: readonly EmotionCompareRow[],
  labels: EmotionCompareLabels,
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.drawn, labels.data], top: 4 },
    grid: { left: 50, right: 30, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: -2, max: 2, interval: 1 },
    series: [
      {
        type: 'line',
        name: labels.drawn,
        data: rows.map((row) => row.drawn),
        smooth: true,
        connectNulls: true,
        symbolSize: 8,
        itemStyle: { color: '#2f6fde' },
      },
      {
        type: 'line',
        name: labels.data,
        data: rows.map((row) => (row.data === null ? null : Math.round(row.data * 100) / 100)),
        smooth: true,
        connectNulls: true,
        symbolSize: 8,
        lineStyle: { type: 'dashed' },
        itemStyle: { color: '#e07b39' },
      },
      whiskerSeries(
        labels.interval,
        rows.map((row) => row.ci),
        false,
      ),
    ],
  };
}
