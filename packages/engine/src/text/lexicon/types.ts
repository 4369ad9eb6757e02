/**
 * One language's sentiment resources as written by hand: `words` maps a word (or a
 * two-word phrase, space-separated for ru/en, run together for zh) to a valence on the
 * AFINN scale, −5 (worst) … +5 (best); the modifier lists hold plain words.
 */
export interface LexiconSource {
  words: Record<string, number>;
  /** Flip the polarity of the next sentiment word: "не", "not", "不". */
  negators: string[];
  /** Strengthen the next sentiment word ×1.5: "очень", "very", "非常". */
  intensifiers: string[];
  /** Weaken the next sentiment word ×0.6: "немного", "a bit", "有点". */
  diminishers: string[];
  /** Start a clause that outweighs the one before: "но", "but", "但是". */
  contrast: string[];
  /** Open a clause that counts for less: "хотя", "although", "虽然". */
  concessive: string[];
  /** Verbs that turn the trouble after them into a success: "решили проблему", "fixed the issue". */
  resolvers: string[];
}
