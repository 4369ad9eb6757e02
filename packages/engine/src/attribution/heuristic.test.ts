import { describe, expect, it } from 'vitest';
import { heuristicCredit, touchWeights } from './heuristic.ts';
import type { PathGroup } from './path-group.ts';

/**
 * Anna: ads → email → website → purchase (2 customers, 300 in all); Boris: website →
 * purchase (1, 50); Chen: ads → ads → chat, never buys.
 */
const GROUPS: PathGroup[] = [
  { path: ['ads', 'email', 'website'], conversions: 2, nulls: 0, value: 300 },
  { path: ['website'], conversions: 1, nulls: 0, value: 50 },
  { path: ['ads', 'ads', 'chat'], conversions: 0, nulls: 1, value: 0 },
];

const asObject = (credit: ReturnType<typeof heuristicCredit>) =>
  Object.fromEntries([...credit].map(([c, v]) => [c, v.conversions]));

describe('rule-based attribution', () => {
  it('weights the touches of a path', () => {
    expect(touchWeights('position', 1)).toEqual([1]);
    expect(touchWeights('position', 2)).toEqual([0.5, 0.5]);
    expect(touchWeights('position', 3)).toEqual([0.4, 0.2, 0.4]);
    expect(touchWeights('position', 4)).toEqual([0.4, 0.1, 0.1, 0.4]);
    expect(touchWeights('linear', 4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(touchWeights('first', 3)).toEqual([1, 0, 0]);
    expect(touchWeights('last', 3)).toEqual([0, 0, 1]);
  });

  it('credits the hand-worked paths by each model', () => {
    expect(asObject(heuristicCredit('first', GROUPS))).toEqual({ ads: 2, email: 0, website: 1 });
    expect(asObject(heuristicCredit('last', GROUPS))).toEqual({ ads: 0, email: 0, website: 3 });
    const linear = asObject(heuristicCredit('linear', GROUPS));
    expect(linear.ads).toBeCloseTo(2 / 3, 12);
    expect(linear.website).toBeCloseTo(5 / 3, 12);
    const position = asObject(heuristicCredit('position', GROUPS));
    expect(position.ads).toBeCloseTo(0.8, 12);
    expect(position.email).toBeCloseTo(0.4, 12);
    expect(position.website).toBeCloseTo(1.8, 12);
    expect(heuristicCredit('position', GROUPS).get('website')?.value).toBeCloseTo(0.4 * 300 + 50, 9);
  });

  it('equals crediting each customer on their own, and never loses a conversion', () => {
    for (const model of ['first', 'last', 'linear', 'position'] as const) {
      const byCustomer = new Map<string, number>();
      for (const g of GROUPS) {
        for (let k = 0; k < g.conversions; k++) {
          const n = g.path.length;
          g.path.forEach((c, i) => {
            const w =
              model === 'first'
                ? Number(i === 0)
                : model === 'last'
                  ? Number(i === n - 1)
                  : model === 'linear'
                    ? 1 / n
                    : n === 1
                      ? 1
                      : n === 2
                        ? 0.5
                        : i === 0 || i === n - 1
                          ? 0.4
                          : 0.2 / (n - 2);
            byCustomer.set(c, (byCustomer.get(c) ?? 0) + w);
          });
        }
      }
      const credit = heuristicCredit(model, GROUPS);
      for (const [c, v] of byCustomer) expect(credit.get(c)?.conversions ?? 0).toBeCloseTo(v, 12);
      expect([...credit.values()].reduce((s, v) => s + v.conversions, 0)).toBeCloseTo(3, 12);
    }
  });
});
