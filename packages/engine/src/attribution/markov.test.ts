import { describe, expect, it } from 'vitest';
import { buildChain, type Chain, conversionProbability, removalEffects } from './markov.ts';
import { modelCredit } from './models.ts';
import type { PathGroup } from './path-group.ts';

/** P(conversion) by iterating x ← Q·x + r from 0 until it stops moving (no linear algebra). */
function byIteration(chain: Chain, removed = new Set<number>()): number {
  const n = chain.channels.length;
  let x = new Array<number>(n).fill(0);
  for (let step = 0; step < 100_000; step++) {
    const next = x.map((_, i) => {
      if (removed.has(i)) return 0;
      const row = chain.counts[i] as number[];
      const out = row.reduce((s, c) => s + c, 0) + (chain.toConversion[i] ?? 0) + (chain.toNull[i] ?? 0);
      return out === 0
        ? 0
        : (row.reduce((s, c, j) => s + c * (x[j] ?? 0), 0) + (chain.toConversion[i] ?? 0)) / out;
    });
    const moved = Math.max(...next.map((v, i) => Math.abs(v - (x[i] ?? 0))));
    x = next;
    if (moved < 1e-15) break;
  }
  const start = chain.fromStart.reduce((s, c) => s + c, 0);
  return x.reduce((s, v, i) => s + ((chain.fromStart[i] ?? 0) / start) * v, 0);
}

describe('Markov removal-effect attribution', () => {
  it('matches the hand-worked chain', () => {
    // start → A 2, start → B 1; A → B 1, A → null 1; B → conversion 2.
    // P = 2/3·1/2 + 1/3 = 2/3; without A: 1/3 (effect 1/2); without B: 0 (effect 1).
    const groups: PathGroup[] = [
      { path: ['A', 'B'], conversions: 1, nulls: 0, value: 90 },
      { path: ['A'], conversions: 0, nulls: 1, value: 0 },
      { path: ['B'], conversions: 1, nulls: 0, value: 30 },
    ];
    const chain = buildChain(groups);
    expect(conversionProbability(chain)).toBeCloseTo(2 / 3, 14);
    const { effects } = removalEffects(chain);
    expect(effects[0]).toBeCloseTo(0.5, 14);
    expect(effects[1]).toBeCloseTo(1, 14);
    const { credit } = modelCredit('markov', groups);
    // shares 1/3 and 2/3 of 2 conversions and of 120
    expect(credit.get('A')?.conversions).toBeCloseTo(2 / 3, 12);
    expect(credit.get('B')?.conversions).toBeCloseTo(4 / 3, 12);
    expect(credit.get('B')?.value).toBeCloseTo(80, 10);
  });

  it('solves a chain with loops exactly as iteration converges to it', () => {
    const groups: PathGroup[] = [
      { path: ['ads', 'website', 'email', 'website'], conversions: 5, nulls: 3, value: 0 },
      { path: ['website', 'website', 'chat', 'website'], conversions: 2, nulls: 6, value: 0 },
      { path: ['email', 'ads', 'email'], conversions: 1, nulls: 4, value: 0 },
      { path: ['chat'], conversions: 0, nulls: 7, value: 0 },
      { path: ['social', 'website'], conversions: 3, nulls: 2, value: 0 },
    ];
    const chain = buildChain(groups);
    expect(conversionProbability(chain)).toBeCloseTo(byIteration(chain), 12);
    chain.channels.forEach((_, i) => {
      expect(conversionProbability(chain, new Set([i]))).toBeCloseTo(byIteration(chain, new Set([i])), 12);
    });
    // the fitted chain's visits equal the observed ones (in-count = out-count at every
    // state), so P(conversion) is the observed rate: 11 of 33 customers
    expect(conversionProbability(chain)).toBeCloseTo(11 / 33, 12);
    const { credit } = modelCredit('markov', groups);
    expect([...credit.values()].reduce((s, c) => s + c.conversions, 0)).toBeCloseTo(11, 10);
  });

  it('credits nothing when nobody converts', () => {
    const groups: PathGroup[] = [{ path: ['ads', 'website'], conversions: 0, nulls: 4, value: 0 }];
    const result = modelCredit('markov', groups);
    expect(result.conversionProbability).toBe(0);
    expect([...result.credit.values()]).toEqual([
      { conversions: 0, value: 0 },
      { conversions: 0, value: 0 },
    ]);
  });
});
