import { describe, expect, it } from 'vitest';
import { accuracyAndMacroF1 } from './metrics.ts';

describe('accuracyAndMacroF1', () => {
  it('averages the F1 of each label', () => {
    const r = accuracyAndMacroF1(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b'], ['a', 'b']);
    expect(r.accuracy).toBe(0.75);
    // a: precision 1, recall 0.5 → F1 2/3; b: precision 2/3, recall 1 → F1 0.8.
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
  });

  it('rejects predictions of another length', () => {
    expect(() => accuracyAndMacroF1(['a'], [], ['a'])).toThrow(/1 expected labels but 0 predictions/);
  });
});
