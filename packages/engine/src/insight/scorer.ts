import { scoreTexts } from '../text/sentiment.ts';

/**
 * Scores texts for sentiment: one number per text, in the same order, from −1 (very
 * negative) to +1 (very positive), 0 neutral. Injected into the insight analyses so they do
 * not depend on one sentiment model (the text module, a test's fake, a remote service).
 */
export type TextScorer = (texts: readonly string[]) => readonly number[];

/**
 * Scores each distinct text once and returns a lookup. Throws when the scorer returns the
 * wrong number of scores; clips scores to −1..+1 (a scorer's rounding must not push an
 * emotion off the map's scale) and treats a non-finite score as neutral.
 */
export function scoreDistinct(scorer: TextScorer, texts: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(texts)];
  const scores = distinct.length === 0 ? [] : scorer(distinct);
  if (scores.length !== distinct.length) {
    throw new Error(`the text scorer returned ${scores.length} scores for ${distinct.length} texts`);
  }
  return new Map(
    distinct.map((text, i) => {
      const s = scores[i] ?? 0;
      return [text, Number.isFinite(s) ? Math.max(-1, Math.min(1, s)) : 0];
    }),
  );
}

/**
 * The engine's own sentiment model as a {@link TextScorer}: the sentiment ensemble of `text/` (trained classifier + lexicon)
 * (Russian, English, Chinese; language detected per text). What the CLI and the server
 * pass to the insight analyses.
 */
export const sentimentScorer: TextScorer = memoized((texts) => scoreTexts(texts).map((s) => s.score));

/** Texts whose scores a memoized scorer keeps, the oldest forgotten first. */
const MEMO_TEXTS = 50_000;

/**
 * `scorer` with the scores of the last {@link MEMO_TEXTS} distinct texts kept: the same
 * feedback is scored again by every emotion curve, pain search and map metrics call, and
 * a deterministic model gives the same score each time.
 */
export function memoized(scorer: TextScorer): TextScorer {
  const kept = new Map<string, number>();
  return (texts) => {
    const missing = [...new Set(texts.filter((t) => !kept.has(t)))];
    if (missing.length > 0) {
      const scores = scorer(missing);
      for (const [i, text] of missing.entries()) kept.set(text, scores[i] ?? 0);
      for (const oldest of kept.keys()) {
        if (kept.size <= MEMO_TEXTS) break;
        kept.delete(oldest);
      }
    }
    return texts.map((t) => kept.get(t) ?? 0);
  };
}
