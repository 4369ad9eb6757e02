export { AttributionModel, AttributionQuery, AttributionResult } from './attribution.ts';
export {
  CompareKpi,
  ComparePeriodsResult,
  CompareQuery,
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
  SentimentQuery,
  SentimentSummary,
  TextLanguage,
  Theme,
  ThemeGroupResult,
  ThemesBy,
  ThemesQuery,
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
export { PainFinding, PainKind, PainProposal, PainsAnswer, PainsQuery, PainsResult } from './pains.ts';
export {
  ClusterShare,
  DistinguishingFeature,
  PersonaCluster,
  PersonaSuggestionsQuery,
  PersonasResult,
} from './personas.ts';
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
  SurveyQuery,
  SurveyResult,
} from './survey.ts';
