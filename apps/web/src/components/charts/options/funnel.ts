import { isolateBidi } from '@opencjm/core';
import type { Funnel } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';

/** The funnel chart of the stage funnel: one layer per step, sized by customers. */
export function funnelOption(funnel: Funnel, customersLabel: string): ChartOption {
  const top = Math.max(1, ...funnel.steps.map((step) => step.customers));
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        name: customersLabel,
        sort: 'none',
        min: 0,
        max: top,
        left: '10%',
        width: '80%',
        minSize: '4%',
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        // A name's bidi controls must not reverse the count the label shows after it.
        data: funnel.steps.map((step) => ({ name: isolateBidi(step.name), value: step.customers })),
      },
    ],
  };
}
