import { describe, expect, it } from 'vitest';
import { EVAL_LANGS, evaluate, loadEvalSet } from './evaluate.ts';

/**
 * Regression guards, not quality claims: the held-out test accuracy of each model when it
 * was frozen (see docs/text-analysis.md), minus 0.03 — the lexicon's when its rules were
 * frozen, the ensemble's (trained classifier + lexicon) when the shipped weights were
 * trained. A change that drops a language below its floor fails here; raise a floor after
 * an honest gain, never lower it to make a change pass.
 */
const FLOOR = {
  lexicon: { ru: 0.888 - 0.03, en: 0.869 - 0.03, zh: 0.925 - 0.03 },
  ensemble: { ru: 0.869 - 0.03, en: 0.832 - 0.03, zh: 0.916 - 0.03 },
} as const;

describe('sentiment evaluation sets', () => {
  it('hold at least 100 held-out texts per language, every label present', () => {
    for (const lang of EVAL_LANGS) {
      const test = loadEvalSet(lang, 'test');
      expect(test.length).toBeGreaterThanOrEqual(100);
      expect(new Set(test.map((t) => t.label)).size).toBe(3);
    }
  });

  it.each(
    EVAL_LANGS.flatMap((lang) => (['lexicon', 'ensemble'] as const).map((model) => [lang, model] as const)),
  )('keeps %s test accuracy of the %s model at its floor', (lang, model) => {
    const result = evaluate(lang, 'test', model);
    expect(result.accuracy).toBeGreaterThanOrEqual(FLOOR[model][lang]);
    expect(result.macroF1).toBeGreaterThanOrEqual(FLOOR[model][lang] - 0.02);
  });
});
