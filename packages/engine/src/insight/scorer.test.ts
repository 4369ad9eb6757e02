import { describe, expect, it } from 'vitest';
import { memoized, sentimentScorer } from './scorer.ts';

describe('memoized', () => {
  it('scores each distinct text once across calls and keeps the order of the texts asked', () => {
    const asked: string[][] = [];
    const scorer = memoized((texts) => {
      asked.push([...texts]);
      return texts.map((t) => t.length / 10);
    });
    expect(scorer(['ab', 'abc', 'ab'])).toEqual([0.2, 0.3, 0.2]);
    expect(scorer(['abc', 'abcd'])).toEqual([0.3, 0.4]);
    expect(asked).toEqual([['ab', 'abc'], ['abcd']]);
  });

  it('gives the engine’s scorer the same scores as scoring afresh', () => {
    const texts = ['Курьер опоздал на три дня, ужасно', 'Great support, thank you', '非常满意'];
    const first = sentimentScorer(texts);
    expect(sentimentScorer([...texts].reverse())).toEqual([...first].reverse());
  });
});
