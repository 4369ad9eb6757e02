export { type AspectOpinion, analyzeAspects, aspectOpinions, aspectsNamed } from './aspects/analyze.ts';
export { AspectId, AspectSentiment } from './aspects/types.ts';
export { detectLanguage } from './detect-language.ts';
export { segmentZh } from './segment-zh.ts';
export {
  analyzeSentiment,
  analyzeSentimentLexicon,
  LABEL_THRESHOLD,
  labelOf,
  type SentimentOptions,
  scoreTexts,
} from './sentiment.ts';
export { extractThemes, type Theme, type ThemeGroup, type ThemeItem, type ThemeOptions } from './themes.ts';
export { type Token, tokenize } from './tokenize.ts';
export { LangOption, Sentiment, SentimentLabel, SentimentModel, TextLang } from './types.ts';
