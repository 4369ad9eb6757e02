import { describe, expect, it } from 'vitest';
import { EVAL_LANGS, evaluate, loadEvalSet } from './evaluate.ts';

/**
 * Regression guard, not a quality claim: the held-out test accuracy reached when the
 * rules were frozen (see docs/text-analysis.md), minus 0.03. A lexicon or rule change
 * that drops a language below its floor fails here; raise a floor after an honest gain.
 */
const FLOOR = { ru: 0.888 - 0.03, en: 0.869 - 0.03, zh: 0.925 - 0.03 } as const;

describe('sentiment evaluation sets', () => {
  it('hold at least 100 held-out texts per language, every label present', () => {
    for (const lang of EVAL_LANGS) {
      const test = loadEvalSet(lang, 'test');
      expect(test.length).toBeGreaterThanOrEqual(100);
      expect(new Set(test.map((t) => t.label)).size).toBe(3);
    }
  });

  it.each(EVAL_LANGS)('keeps %s test accuracy at its floor', (lang) => {
    const result = evaluate(lang, 'test');
    expect(result.accuracy).toBeGreaterThanOrEqual(FLOOR[lang]);
    expect(result.macroF1).toBeGreaterThanOrEqual(FLOOR[lang] - 0.02);
  });
});
