import jstat from 'jstat';
import { simpson } from './integrate.ts';

const { beta } = jstat.jStat;

/** A Beta(alpha, beta) posterior of a conversion rate. */
export interface BetaPosterior {
  readonly alpha: number;
  readonly beta: number;
}

/** The posterior after `conversions` out of `customers` from a uniform Beta(1, 1) prior. */
export function posterior(conversions: number, customers: number): BetaPosterior {
  return { alpha: 1 + conversions, beta: 1 + customers - conversions };
}

/** Mass left outside the integration range, on each side. */
const TAIL = 1e-12;

/** The range holding all but 2·TAIL of `d`'s mass. */
function support(d: BetaPosterior): [number, number] {
  return [beta.inv(TAIL, d.alpha, d.beta), beta.inv(1 - TAIL, d.alpha, d.beta)];
}

/**
 * P(p_v > p_c) for independent posteriors, computed exactly up to quadrature error:
 * ∫ f_v(x)·F_c(x) dx by Simpson's rule over the range holding all but 2·10⁻¹² of the
 * variant's mass (densities and the regularised incomplete beta F from jStat). No sampling:
 * the same counts always give the same number.
 *
 * @example chanceToBeat(posterior(10, 100), posterior(20, 100)) // 0.9751… (Beta(11, 91) vs Beta(21, 81))
 */
export function chanceToBeat(control: BetaPosterior, variant: BetaPosterior): number {
  const [lo, hi] = support(variant);
  const p = simpson(
    (x) => beta.pdf(x, variant.alpha, variant.beta) * beta.cdf(x, control.alpha, control.beta),
    lo,
    hi,
  );
  return Math.min(1, Math.max(0, p));
}

/**
 * Expected loss of choosing `chosen` over `other`: E[max(p_other − p_chosen, 0)], the
 * conversion rate given up on average if `other` is in truth the better one. With
 * m = α_o/(α_o + β_o) the inner integral has a closed form,
 * ∫_y^1 (x − y) f_o(x) dx = m·(1 − I_y(α_o + 1, β_o)) − y·(1 − I_y(α_o, β_o)),
 * leaving one integral over the chosen arm's density (Simpson's rule, as above).
 *
 * @example expectedLoss(posterior(20, 100), posterior(10, 100)) // 0.000479…
 */
export function expectedLoss(chosen: BetaPosterior, other: BetaPosterior): number {
  const [lo, hi] = support(chosen);
  const m = other.alpha / (other.alpha + other.beta);
  const inner = (y: number) =>
    m * (1 - beta.cdf(y, other.alpha + 1, other.beta)) - y * (1 - beta.cdf(y, other.alpha, other.beta));
  const loss = simpson((y) => beta.pdf(y, chosen.alpha, chosen.beta) * inner(y), lo, hi);
  return Math.max(0, loss);
}
