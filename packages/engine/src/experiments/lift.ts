import type { Interval } from '../insight/interval.ts';
import { Z_95 } from '../stats/wilson.ts';
import type { Sample } from './welch.ts';

/** Relative lift of `variant` over `control` with its 95% interval. */
export interface Lift {
  /** mean(variant) / mean(control) − 1; null when the control's mean is 0. */
  lift: number | null;
  ci: Interval;
}

/**
 * Relative lift m_v / m_c − 1 with a 95% interval by the delta method on the ratio of two
 * independent means (as GrowthBook's frequentist engine does):
 * Var ≈ v_v/(n_v m_c²) + m_v² v_c/(n_c m_c⁴), interval lift ± z₀.₉₇₅·√Var.
 * No lift when the control's mean is 0; no interval when a group has fewer than two members.
 *
 * @example relativeLift({ n: 1000, mean: 0.1, variance: 0.09009 }, { n: 1000, mean: 0.12, variance: 0.10571 })
 * // lift 0.2, ci ≈ [−0.075, 0.475]
 */
export function relativeLift(control: Sample, variant: Sample): Lift {
  if (control.n === 0 || variant.n === 0 || control.mean === 0) return { lift: null, ci: null };
  const mc = control.mean;
  const mv = variant.mean;
  const lift = mv / mc - 1;
  if (control.n < 2 || variant.n < 2) return { lift, ci: null };
  const variance =
    variant.variance / (variant.n * mc * mc) + (mv * mv * control.variance) / (control.n * mc ** 4);
  const half = Z_95 * Math.sqrt(variance);
  return { lift, ci: [lift - half, lift + half] };
}
