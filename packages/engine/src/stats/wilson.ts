/** The two-sided 95% standard-normal quantile, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion of `successes` out of `trials`: unlike the
 * normal approximation it stays inside [0, 1] and behaves at 0 and n successes, which
 * small journey samples hit often. `z` defaults to the 95% two-sided quantile.
 * Returns [0, 1] when there are no trials.
 *
 * @example wilson(3, 4) // [0.3006…, 0.9544…]
 */
export function wilson(successes: number, trials: number, z = Z_95): [number, number] {
  if (trials <= 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // at 0 and n successes the bounds are exactly 0 and 1; rounding would leave 1e-17
  return [
    successes <= 0 ? 0 : Math.max(0, centre - margin),
    successes >= trials ? 1 : Math.min(1, centre + margin),
  ];
}
