import { scoreTexts, type TextScorer } from '@opencjm/engine';

/** The engine's sentiment model as the insight analyses take it: one score per text, −1 … +1. */
export const textScorer: TextScorer = (texts) => scoreTexts(texts).map((s) => s.score);
