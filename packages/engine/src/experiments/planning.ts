import jstat from 'jstat';

const { normal } = jstat.jStat;

/** What a two-arm test on conversion is planned for. */
export interface PlanInput {
  /** Conversion rate of the control, 0 < baseline < 1. */
  baseline: number;
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
  /** Chance to detect the effect when it is there; default 0.8. */
  power?: number;
}

function quantiles(alpha = 0.05, power = 0.8): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return normal.inv(1 - alpha / 2, 0, 1) + normal.inv(power, 0, 1);
}

function checkBaseline(baseline: number): void {
  if (!(baseline > 0 && baseline < 1))
    throw new RangeError(`baseline rate must be in (0, 1), got ${baseline}`);
}

/**
 * Customers needed in each arm to detect a relative lift `mde` of the baseline rate p₁
 * (p₂ = p₁·(1 + mde)) with a two-sided test at `alpha` and the given power, by the normal
 * approximation with unpooled variances (the large-sample form of the Welch test used on
 * the results): n = (z₁₋α/₂ + z_power)²·(p₁q₁ + p₂q₂) / (p₂ − p₁)², rounded up.
 *
 * @example sampleSize({ baseline: 0.1, mde: 0.2 }) // 3839 per arm
 */
export function sampleSize(input: PlanInput & { mde: number }): number {
  checkBaseline(input.baseline);
  const p1 = input.baseline;
  const p2 = p1 * (1 + input.mde);
  if (!(input.mde !== 0 && p2 > 0 && p2 < 1))
    throw new RangeError(`mde ${input.mde} gives a rate outside (0, 1)`);
  const z = quantiles(input.alpha, input.power);
  return Math.ceil((z * z * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2);
}

/**
 * The smallest relative lift detectable with `perArm` customers in each arm: the p₂ > p₁
 * solving z·√((p₁q₁ + p₂q₂)/n) = p₂ − p₁, found by bisection (the left side grows slower
 * than the right past the root), returned as p₂/p₁ − 1. Null when even p₂ → 1 is not
 * detectable.
 *
 * @example minimalDetectableEffect({ baseline: 0.1, perArm: 3839 }) // ≈ 0.2
 */
export function minimalDetectableEffect(input: PlanInput & { perArm: number }): number | null {
  checkBaseline(input.baseline);
  if (!(input.perArm > 0)) throw new RangeError(`customers per arm must be positive, got ${input.perArm}`);
  const p1 = input.baseline;
  const z = quantiles(input.alpha, input.power);
  const gap = (p2: number) => p2 - p1 - z * Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / input.perArm);
  if (gap(1) < 0) return null;
  let lo = p1;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) < 0) lo = mid;
    else hi = mid;
  }
  return hi / p1 - 1;
}
