/**
 * Insight from customer data on a journey map: survey metrics (NPS, CSAT, CES), the
 * data-driven emotion curve, pain-point detection with proposed cards, and personas from
 * customer clusters. Text sentiment is injected as a {@link TextScorer}.
 */

export { emotionOperations } from './emotions/curve-operations.ts';
export { EMOTION_MAPPING } from './emotions/emotion-scale.ts';
export {
  EmotionPoint,
  EmotionScore,
  EmotionsOptions,
  EmotionsResult,
  emotions,
} from './emotions/emotions.ts';
export {
  FeedbackSentimentOptions,
  FeedbackSentimentResult,
  feedbackSentiment,
  SentimentPlace,
  SentimentSummary,
} from './feedback/sentiment-summary.ts';
export {
  FeedbackThemesOptions,
  FeedbackThemesResult,
  feedbackThemes,
  ThemeGroupResult,
} from './feedback/themes.ts';
export { Interval } from './interval.ts';
export { acceptPain, painOperations } from './pains/accept.ts';
export { painCard, painsLaneId } from './pains/card.ts';
export { detectPains, PainsOptions, PainsResult } from './pains/detect.ts';
export { PainFinding, PainKind } from './pains/finding.ts';
export { PersonaCluster } from './personas/cluster-summary.ts';
export { DistinguishingFeature } from './personas/describe.ts';
export { ageBand, type ClusterTraits, personaDraft } from './personas/persona-draft.ts';
export { discoverPersonas, PersonasOptions, PersonasResult } from './personas/personas.ts';
export { sentimentScorer, type TextScorer } from './scorer.ts';
export { checkoutMap, PAIN_STORY } from './stories/pain-story.ts';
export { PERSONA_STORY } from './stories/persona-story.ts';
export { insightMap, SURVEY_STORY } from './stories/survey-story.ts';
export { CesGroup, CesResult, CesScore, ces, cesScore } from './survey/ces.ts';
export { CsatGroup, CsatResult, CsatScore, csat, csatScore } from './survey/csat.ts';
export { SurveyOptions } from './survey/groups.ts';
export { NpsGroup, NpsResult, NpsScore, nps, npsScore } from './survey/nps.ts';
export { answerCondition, SURVEY_SCALES, SurveyMetric } from './survey/questions.ts';
