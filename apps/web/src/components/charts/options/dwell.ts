import type { DwellRow } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';

/** Labels of the dwell chart's series. */
export interface DwellLabels {
  median: string;
  mean: string;
  p90: string;
}

/**
 * Median time spent per stage or touchpoint, and the 90th percentile (or, when the server
 * sends no percentile, the mean), as horizontal bars in minutes.
 */
export function dwellOption(rows: readonly DwellRow[], labels: DwellLabels, unit: string): ChartOption {
  const minutes = (seconds: number | null) =>
    seconds === null ? null : Math.round((seconds / 60) * 10) / 10;
  const hasP90 = rows.some((row) => row.p90Seconds !== null);
  const second = hasP90
    ? { name: labels.p90, data: rows.map((row) => minutes(row.p90Seconds)) }
    : { name: labels.mean, data: rows.map((row) => minutes(row.meanSeconds)) };
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.median, second.name], top: 4 },
    grid: { left: 160, right: 70, top: 40, bottom: 30 },
    xAxis: { type: 'value', name: unit },
    yAxis: { type: 'category', data: rows.map((row) => row.name), inverse: true },
    series: [
      { type: 'bar', name: labels.median, data: rows.map((row) => minutes(row.medianSeconds)) },
      { type: 'bar', ...second },
    ],
  };
}
