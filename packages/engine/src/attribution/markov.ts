import { Matrix, solve } from 'ml-matrix';
import type { PathGroup } from './path-group.ts';

/** A first-order chain over the channels, estimated from paths. */
export interface Chain {
  readonly channels: readonly string[];
  /** Transition counts start → channel i. */
  readonly fromStart: readonly number[];
  /** counts[i][j]: channel i → channel j. */
  readonly counts: readonly (readonly number[])[];
  /** Channel i → conversion / → null (the path ends without one). */
  readonly toConversion: readonly number[];
  readonly toNull: readonly number[];
}

/**
 * Counts the transitions of the paths: start → first channel, each channel → the next
 * (repeats included: a self-loop changes no absorption probability), the last channel →
 * conversion or null. Empty paths are left out: they have no channel to credit.
 */
export function buildChain(groups: readonly PathGroup[]): Chain {
  const channels = [...new Set(groups.flatMap((g) => g.path))].sort();
  const index = new Map(channels.map((c, i) => [c, i]));
  const n = channels.length;
  const fromStart = new Array<number>(n).fill(0);
  const counts = channels.map(() => new Array<number>(n).fill(0));
  const toConversion = new Array<number>(n).fill(0);
  const toNull = new Array<number>(n).fill(0);
  for (const group of groups) {
    const customers = group.conversions + group.nulls;
    if (group.path.length === 0 || customers === 0) continue;
    const ids = group.path.map((c) => index.get(c) as number);
    add(fromStart, ids[0], customers);
    for (let i = 1; i < ids.length; i++) add(counts[ids[i - 1] as number] as number[], ids[i], customers);
    add(toConversion, ids[ids.length - 1], group.conversions);
    add(toNull, ids[ids.length - 1], group.nulls);
  }
  return { channels, fromStart, counts, toConversion, toNull };
}

function add(counts: number[], at: number | undefined, by: number): void {
  if (at !== undefined) counts[at] = (counts[at] ?? 0) + by;
}

/**
 * Probability of reaching conversion from start, with the channels in `removed` turned
 * into the null state. Solved exactly: with Q the transition probabilities among the kept
 * channels and r their probabilities of converting next, the absorption probabilities x
 * satisfy (I − Q)·x = r (LU solve, ml-matrix); the answer is Σ P(start → c)·x_c.
 */
export function conversionProbability(chain: Chain, removed: ReadonlySet<number> = new Set()): number {
  const kept = chain.channels.map((_, i) => i).filter((i) => !removed.has(i));
  const startTotal = chain.fromStart.reduce((s, x) => s + x, 0);
  if (kept.length === 0 || startTotal === 0) return 0;
  const outTotal = (i: number) =>
    (chain.counts[i] as number[]).reduce((s, x) => s + x, 0) +
    (chain.toConversion[i] ?? 0) +
    (chain.toNull[i] ?? 0);
  const a = Matrix.zeros(kept.length, kept.length);
  const r = Matrix.zeros(kept.length, 1);
  kept.forEach((i, row) => {
    const out = outTotal(i);
    a.set(row, row, 1);
    if (out === 0) return;
    kept.forEach((j, col) => {
      a.set(row, col, a.get(row, col) - ((chain.counts[i] as number[])[j] ?? 0) / out);
    });
    r.set(row, 0, (chain.toConversion[i] ?? 0) / out);
  });
  const x = solve(a, r);
  return kept.reduce((s, i, row) => s + ((chain.fromStart[i] ?? 0) / startTotal) * x.get(row, 0), 0);
}

/** Removal effect of each channel: 1 − P(conversion without it) / P(conversion). */
export function removalEffects(chain: Chain): { probability: number; effects: number[] } {
  const probability = conversionProbability(chain);
  const effects = chain.channels.map((_, i) =>
    probability === 0 ? 0 : Math.max(0, 1 - conversionProbability(chain, new Set([i])) / probability),
  );
  return { probability, effects };
}
