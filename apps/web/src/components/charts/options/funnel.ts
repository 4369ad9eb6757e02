import { isolateBidi } from '@opencjm/core';
import type { Funnel } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';
import { stageColor } from '../stage-colors.ts';

/** A funnel step as the server sends it: with the stage id when the funnel follows a map. */
type Step = Funnel['steps'][number] & { id?: unknown };

/** A map's stages in order, to colour each step as its stage is coloured on the map. */
export interface StageRef {
  id: string;
  name: string;
}

/**
 * The position of a step's stage in the map: by the stage id the server sends, else by
 * name; -1 when the step is no stage of the map (a funnel over event names).
 */
export function stageIndex(step: Step, stages: readonly StageRef[]): number {
  const byId = typeof step.id === 'string' ? stages.findIndex((stage) => stage.id === step.id) : -1;
  return byId >= 0 ? byId : stages.findIndex((stage) => stage.name === step.name);
}

/** The colour of the step at `position`: its stage's on the map, else its position's. */
export function stepColor(step: Step, position: number, stages: readonly StageRef[]): string {
  const index = stageIndex(step, stages);
  return stageColor(index >= 0 ? index : position);
}

/**
 * The funnel chart of the stage funnel: one layer per step, sized by customers, in the
 * colour of its stage on the map (a step that is no stage keeps its position's colour),
 * counts written by `count` in the page's language.
 */
export function funnelOption(
  funnel: Funnel,
  customersLabel: string,
  stages: readonly StageRef[] = [],
  count: (n: number) => string = String,
): ChartOption {
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
        label: {
          show: true,
          position: 'inside',
          color: '#ffffff',
          formatter: (params) =>
            `${params.name}: ${count(typeof params.value === 'number' ? params.value : 0)}`,
        },
        // A name's bidi controls must not reverse the count the label shows after it.
        data: funnel.steps.map((step, i) => ({
          name: isolateBidi(step.name),
          value: step.customers,
          itemStyle: { color: stepColor(step, i, stages) },
        })),
      },
    ],
  };
}
