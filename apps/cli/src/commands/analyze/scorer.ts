import { scoreTexts, type TextScorer } from '@opencjm/engine';

/**
 * The one place the CLI chooses the sentiment model of `emotions` and `pains`: the engine's
 * lexicon scorer (Russian, English, Chinese; language detected per text), its score −1…+1
 * as the insight analyses expect.
 */
export const cliScorer: TextScorer = (texts) => scoreTexts(texts).map((s) => s.score);
