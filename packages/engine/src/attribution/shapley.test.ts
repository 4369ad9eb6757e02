import { describe, expect, it } from 'vitest';
import type { PathGroup } from './path-group.ts';
import { shapleyCredit } from './shapley.ts';

/** The Shapley value by enumerating every coalition: Σ_T |T|!(n−|T|−1)!/n!·(v(T ∪ i) − v(T)). */
function bruteForceShapley(players: string[], v: (coalition: Set<string>) => number): Map<string, number> {
  const n = players.length;
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const result = new Map<string, number>();
  for (const player of players) {
    const others = players.filter((p) => p !== player);
    let phi = 0;
    for (let mask = 0; mask < 1 << others.length; mask++) {
      const coalition = new Set(others.filter((_, i) => mask & (1 << i)));
      const weight = (factorial(coalition.size) * factorial(n - coalition.size - 1)) / factorial(n);
      phi += weight * (v(new Set([...coalition, player])) - v(coalition));
    }
    result.set(player, phi);
  }
  return result;
}

describe('simplified Shapley attribution', () => {
  it('shares each conversion equally among the channels of its path (hand-worked)', () => {
    const groups: PathGroup[] = [
      { path: ['ads', 'email', 'ads'], conversions: 2, nulls: 1, value: 100 },
      { path: ['email'], conversions: 1, nulls: 0, value: 30 },
    ];
    const credit = shapleyCredit(groups);
    // {ads, email}: 2 conversions → 1 each; {email}: 1 → email
    expect(credit.get('ads')).toEqual({ conversions: 1, value: 50 });
    expect(credit.get('email')).toEqual({ conversions: 2, value: 80 });
  });

  it('equals the Shapley value of v(T) = conversions of customers whose channels lie in T, by enumeration', () => {
    const groups: PathGroup[] = [
      { path: ['ads', 'email', 'website'], conversions: 3, nulls: 2, value: 0 },
      { path: ['website', 'website'], conversions: 2, nulls: 5, value: 0 },
      { path: ['email', 'chat'], conversions: 1, nulls: 0, value: 0 },
      { path: ['ads', 'chat', 'website', 'social'], conversions: 4, nulls: 1, value: 0 },
      { path: ['social'], conversions: 0, nulls: 9, value: 0 },
    ];
    const players = ['ads', 'chat', 'email', 'social', 'website'];
    const v = (coalition: Set<string>) =>
      groups.filter((g) => g.path.every((c) => coalition.has(c))).reduce((s, g) => s + g.conversions, 0);
    const exact = bruteForceShapley(players, v);
    const credit = shapleyCredit(groups);
    for (const player of players)
      expect(credit.get(player)?.conversions ?? 0).toBeCloseTo(exact.get(player) ?? -1, 12);
    expect([...credit.values()].reduce((s, c) => s + c.conversions, 0)).toBeCloseTo(10, 12);
  });
});
