/**
 * Two-sided Fisher exact test of a 2×2 table
 * ```
 *            has it   lacks it
 * group 1      a         b
 * group 2      c         d
 * ```
 * The p-value sums the hypergeometric probabilities of every table with the same margins
 * that is no more likely than the observed one (R's `fisher.test` rule, with its relative
 * tolerance 1e-7 for ties). Probabilities are taken relative to the most likely table and
 * walked outward from it with the pmf's ratio recurrence, so margins of millions cost
 * only the few thousand terms that are not negligible, and no factorial overflows.
 *
 * @example fisherExact(3, 1, 1, 3) // 0.4857… (34/70)
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const low = Math.max(0, col1 - (n - row1));
  const high = Math.min(row1, col1);
  if (low === high) return 1;
  // ratio P(x + 1) / P(x) of the hypergeometric distribution of the top-left cell
  const up = (x: number) => ((row1 - x) * (col1 - x)) / ((x + 1) * (n - row1 - col1 + x + 1));
  const mode = Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2));
  let total = 1;
  let tail = 0;
  const observed = relative(a, mode, up);
  const cutoff = observed * (1 + 1e-7);
  if (1 <= cutoff) tail += 1;
  for (const step of [1, -1]) {
    let p = 1;
    for (let x = mode; step > 0 ? x < high : x > low; x += step) {
      p *= step > 0 ? up(x) : 1 / up(x - 1);
      total += p;
      if (p <= cutoff) tail += p;
      if (p < 1e-300 || (p < total * 1e-17 && p < cutoff * 1e-17)) break;
    }
  }
  return Math.min(1, tail / total);
}

/** P(x) / P(mode), by the ratio recurrence (0 when it underflows). */
function relative(x: number, mode: number, up: (x: number) => number): number {
  let p = 1;
  if (x > mode) for (let i = mode; i < x && p > 0; i++) p *= up(i);
  else for (let i = mode; i > x && p > 0; i--) p /= up(i - 1);
  return p;
}
