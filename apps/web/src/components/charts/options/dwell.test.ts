import { describe, expect, it } from 'vitest';
import { dwellOption, dwellUnit, sortByTime } from './dwell.ts';

const row = (name: string, medianSeconds: number | null, p90Seconds: number | null = null) => ({
  name,
  medianSeconds,
  p90Seconds,
});

const LABELS = {
  median: 'Median',
  mean: 'Mean',
  p90: '90th percentile',
  unit: (unit: string) => `unit:${unit}`,
  duration: (s: number) => `${s}s`,
};

describe('dwell chart', () => {
  it('sorts rows by median time, longest first, unmeasured last', () => {
    const sorted = sortByTime([row('a', 60), row('b', null), row('c', 3600), row('d', 600)]);
    expect(sorted.map((r) => r.name)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('picks the largest unit in which the longest bar is at least 1', () => {
    expect(dwellUnit(30)).toBe('s');
    expect(dwellUnit(90)).toBe('min');
    expect(dwellUnit(5400)).toBe('h');
    expect(dwellUnit(200000)).toBe('d');
  });

  it('names the rows by the map and scales the bars to the unit', () => {
    const option = dwellOption([row('awareness', 1800, 7200), row('purchase', 5400, 9000)], LABELS, (id) =>
      id === 'awareness' ? 'Awareness' : 'Purchase',
    );
    const yAxis = option.yAxis as { data: string[] };
    expect(yAxis.data).toEqual(['Purchase', 'Awareness']);
    expect((option.xAxis as { name: string }).name).toBe('unit:h');
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => s.name)).toEqual(['Median', '90th percentile']);
    expect(series[0]?.data).toEqual([1.5, 0.5]);
    expect(series[1]?.data).toEqual([2.5, 2]);
  });
});
