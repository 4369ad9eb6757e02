export { AttributionModel, AttributionResult } from './attribution.ts';
export {
  CompareKpi,
  ComparePeriodsResult,
  CompareSide,
  CompareSplit,
  CompareStage,
} from './compare.ts';
export { EmotionPoint, EmotionScore, EmotionsResult } from './emotions.ts';
export { ExperimentResult, SampleRatio, ValueResult, VariantResult, Verdict } from './experiments.ts';
export {
  FeedbackSentimentResult,
  FeedbackThemesResult,
  SentimentPlace,
  SentimentSummary,
  Theme,
  ThemeGroupResult,
  ThemesBy,
} from './feedback.ts';
export { Interval } from './interval.ts';
export {
  DfgResult,
  DwellResult,
  FunnelResult,
  FunnelStep,
  TimelineEvent,
  TimelineResult,
  TopPathsResult,
} from './journeys.ts';
export { MapFigures, PlaceFigures } from './map-figures.ts';
export { PainFinding, PainKind, PainProposal, PainsAnswer, PainsResult } from './pains.ts';
export { ClusterShare, DistinguishingFeature, PersonaCluster, PersonasResult } from './personas.ts';
export {
  CesGroup,
  CesResult,
  CesScore,
  CsatGroup,
  CsatResult,
  CsatScore,
  NpsGroup,
  NpsResult,
  NpsScore,
  SurveyMetric,
  SurveyResult,
} from './survey.ts';
