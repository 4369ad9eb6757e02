import { isolateBidi } from '@opencjm/core';
import type { DwellRow } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';
import { tooltipLines } from './html.ts';

/** Texts of the dwell chart, already translated. */
export interface DwellLabels {
  median: string;
  mean: string;
  p90: string;
  /** The axis unit's name, e.g. "hours". */
  unit: (unit: DwellUnit) => string;
  /** A duration in seconds as people read it, e.g. "1.5 h". */
  duration: (seconds: number) => string;
}

/** The unit of the dwell axis. */
export type DwellUnit = 's' | 'min' | 'h' | 'd';

const SECONDS: Record<DwellUnit, number> = { s: 1, min: 60, h: 3600, d: 86400 };

/** The largest unit in which the longest bar is still at least 1, so bars read 1.5 h, not 90 min. */
export function dwellUnit(longestSeconds: number): DwellUnit {
  if (longestSeconds >= SECONDS.d) return 'd';
  if (longestSeconds >= SECONDS.h) return 'h';
  if (longestSeconds >= SECONDS.min) return 'min';
  return 's';
}

/** Rows longest median first; rows without a measured time last, in their order. */
export function sortByTime(rows: readonly DwellRow[]): DwellRow[] {
  const time = (row: DwellRow) => row.medianSeconds ?? Number.NEGATIVE_INFINITY;
  return [...rows].sort((a, b) => time(b) - time(a));
}

/**
 * Median time spent per stage or touchpoint, and the 90th percentile (or, when the server
 * sends no percentile, the mean), as horizontal bars, longest first. `name` turns a row's
 * key (a stage or touchpoint id) into its name.
 */
export function dwellOption(
  input: readonly DwellRow[],
  labels: DwellLabels,
  name: (id: string) => string = (id) => id,
): ChartOption {
  const rows = sortByTime(input);
  const hasP90 = rows.some((row) => row.p90Seconds !== null);
  const secondOf = (row: DwellRow) => row.p90Seconds;
  const unit = dwellUnit(
    Math.max(0, ...rows.map((row) => Math.max(row.medianSeconds ?? 0, secondOf(row) ?? 0))),
  );
  const scaled = (seconds: number | null) =>
    seconds === null ? null : Math.round((seconds / SECONDS[unit]) * 10) / 10;
  const secondName = hasP90 ? labels.p90 : labels.mean;
  const names = rows.map((row) => name(row.name));
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = rows[first?.dataIndex ?? -1];
        if (!row) return '';
        const line = (label: string, seconds: number | null) =>
          `${label}: ${seconds === null ? '—' : labels.duration(seconds)}`;
        return tooltipLines([
          name(row.name),
          line(labels.median, row.medianSeconds),
          line(secondName, secondOf(row)),
        ]);
      },
    },
    // The axis on top, so its unit stays in view above a long list; the legend below.
    legend: { data: [labels.median, secondName], bottom: 4 },
    grid: { left: 190, right: 70, top: 40, bottom: 40 },
    xAxis: { type: 'value', name: labels.unit(unit), position: 'top' },
    yAxis: {
      type: 'category',
      data: names.map(isolateBidi),
      inverse: true,
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: labels.median,
        barMaxWidth: 22,
        itemStyle: { color: '#2f6fde' },
        data: rows.map((row) => scaled(row.medianSeconds)),
      },
      {
        type: 'bar',
        name: secondName,
        barMaxWidth: 22,
        itemStyle: { color: '#9db8ef' },
        data: rows.map((row) => scaled(secondOf(row))),
      },
    ],
  };
}
