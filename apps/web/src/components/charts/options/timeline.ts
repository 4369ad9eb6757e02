import type { TimelineEvent } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';
import { escapeHtml } from './html.ts';

/** One customer's events over time, one row per channel (or stage), coloured by score. */
export function timelineOption(
  events: readonly TimelineEvent[],
  otherLabel: string,
  formatTime: (time: number) => string,
): ChartOption {
  const rowOf = (event: TimelineEvent) => event.channel ?? event.stage ?? otherLabel;
  const rows = [...new Set(events.map(rowOf))];
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const data = (p as { data?: { event?: TimelineEvent } }).data;
        const event = data?.event;
        return event
          ? [event.at, event.name, event.text ?? ''].filter(Boolean).map(escapeHtml).join('<br/>')
          : '';
      },
    },
    grid: { left: 140, right: 30, top: 20, bottom: 40 },
    xAxis: {
      type: 'time',
      axisLabel: { formatter: (value: number) => formatTime(value), hideOverlap: true },
    },
    yAxis: { type: 'category', data: rows },
    series: [
      {
        type: 'scatter',
        symbolSize: 14,
        data: events.map((event) => ({ value: [event.at, rowOf(event)], event })),
      },
    ],
  };
}
