import { describe, expect, it } from 'vitest';
import { Random } from './random.ts';

const draws = (random: Random, n = 5) => Array.from({ length: n }, () => random.next());

describe('Random', () => {
  it('repeats itself for a seed, and gives each item of a seed its own sequence', () => {
    expect(draws(new Random(7))).toEqual(draws(new Random(7)));
    expect(draws(new Random(7))).not.toEqual(draws(new Random(8)));
    expect(draws(Random.forItem(7, 1))).toEqual(draws(Random.forItem(7, 1)));
    expect(draws(Random.forItem(7, 1))).not.toEqual(draws(Random.forItem(7, 2)));
    expect(draws(Random.forItem(7, 1))).not.toEqual(draws(Random.forItem(8, 1)));
  });

  it('draws keys in proportion to their weights, never a zero weight', () => {
    const random = new Random(3);
    const weights = { a: 3, none: 0, b: 1 };
    const counts = { a: 0, none: 0, b: 0 };
    for (let i = 0; i < 20_000; i++) counts[random.weighted(weights)]++;
    expect(counts.none).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.7);
    expect(counts.a / counts.b).toBeLessThan(3.3);
  });

  it('spreads log-normal pauses around their median', () => {
    const random = new Random(5);
    const values = Array.from({ length: 5001 }, () => random.lognormal(60, 0.5)).sort((a, b) => a - b);
    expect(values[2500]).toBeGreaterThan(55);
    expect(values[2500]).toBeLessThan(65);
    expect(values[0]).toBeGreaterThan(0);
  });
});
