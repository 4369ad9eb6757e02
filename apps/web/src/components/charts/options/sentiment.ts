import type { ChartOption } from '../echarts-setup.ts';

/** Texts of one place by sentiment label. */
export interface SentimentRow {
  name: string;
  positive: number;
  neutral: number;
  negative: number;
}

/** Series names of the sentiment chart. */
export interface SentimentLabels {
  positive: string;
  neutral: string;
  negative: string;
}

/** Texts per stage or touchpoint as horizontal stacked bars: negative, neutral, positive. */
export function sentimentOption(rows: readonly SentimentRow[], labels: SentimentLabels): ChartOption {
  const bar = (key: keyof SentimentLabels, color: string) => ({
    type: 'bar' as const,
    name: labels[key],
    stack: 'texts',
    barMaxWidth: 28,
    itemStyle: { color },
    data: rows.map((row) => row[key]),
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [labels.negative, labels.neutral, labels.positive], top: 4 },
    grid: { left: 170, right: 40, top: 40, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: rows.map((row) => row.name),
      inverse: true,
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [bar('negative', '#c2352b'), bar('neutral', '#9aa3b2'), bar('positive', '#1f8a4c')],
  };
}
