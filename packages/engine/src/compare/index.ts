export { type ProportionDifference, proportionDifference } from './difference.ts';
export {
  CompareKpi,
  type CompareMap,
  ComparePeriodsOptions,
  ComparePeriodsResult,
  CompareSide,
  CompareSplit,
  CompareStage,
} from './options.ts';
export { compareMapPeriods } from './periods.ts';
