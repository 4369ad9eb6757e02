import {
  CompareKpi,
  ComparePeriodsResult,
  CompareSide,
  CompareSplit,
  CompareStage,
  type JourneyMap,
} from '@opencjm/core';
import { z } from 'zod';
import { Duration } from '../analytics/duration.ts';

export { CompareKpi, ComparePeriodsResult, CompareSide, CompareSplit, CompareStage };

/** The parts of a map a comparison reads: stages and touchpoints to bind events, KPIs to judge. */
export type CompareMap = Pick<JourneyMap, 'stages' | 'touchpoints' | 'kpis'>;

/** Options of {@link compareMapPeriods}. */
export const ComparePeriodsOptions = z.object({
  map: z.custom<CompareMap>(
    (v) => typeof v === 'object' && v !== null && 'stages' in v && 'touchpoints' in v,
    'map: a journey map with stages and touchpoints',
  ),
  split: CompareSplit,
  window: Duration.prefault('7d').describe('Stages 2..k must happen within this span of the entry'),
});
export type ComparePeriodsOptions = z.input<typeof ComparePeriodsOptions>;
