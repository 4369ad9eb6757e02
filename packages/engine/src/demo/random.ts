/** Cumulative probabilities of a weights object, by object. */
const TABLES = new WeakMap<object, { keys: string[]; upTo: number[] }>();

/**
 * A seeded pseudo-random source (mulberry32) with the draws the demo shop needs. Not for
 * anything secret: it exists so the same seed gives byte-identical demo data.
 */
export class Random {
  private state: number;

  /** `seed` is any integer; only its low 32 bits are used. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A random source for one item of a seeded collection (customer `n` of seed `seed`):
   *  each customer's draws are independent of how many customers come before it. */
  static forItem(seed: number, n: number): Random {
    let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n >>> 0, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return new Random((h ^ (h >>> 16)) >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability `p` (0..1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One item, uniformly. `items` must not be empty. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * One key of `weights`, with probability proportional to its weight (weights ≥ 0, some
   * > 0). Pass module constants: the cumulative table is cached per object.
   */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    let table = TABLES.get(weights);
    if (table === undefined) {
      let sum = 0;
      const keys = Object.keys(weights);
      const upTo = Object.values<number>(weights).map((w) => (sum += w));
      table = { keys, upTo: upTo.map((u) => u / sum) };
      TABLES.set(weights, table);
    }
    const x = this.next();
    const { keys, upTo } = table;
    for (let i = 0; i < upTo.length - 1; i++) if (x < (upTo[i] as number)) return keys[i] as K;
    return keys[keys.length - 1] as K;
  }

  /**
   * A positive duration around `median` with a long right tail (log-normal; `spread` is
   * the standard deviation of the logarithm, 0.5 ≈ most values within ×0.4..×2.7). Units
   * are the caller's.
   */
  lognormal(median: number, spread: number): number {
    return median * Math.exp(this.normal(0, spread));
  }

  /** Normally distributed (Box–Muller), in the caller's units. */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
