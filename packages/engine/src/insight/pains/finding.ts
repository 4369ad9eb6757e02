import { PainFinding, PainKind } from '@opencjm/core';
import { fisherExact } from '../../stats/fisher.ts';
import { wilson } from '../../stats/wilson.ts';

export { PainFinding, PainKind };

/** A place and its counts, before testing: what each detector hands in. */
export interface Candidate {
  kind: PainKind;
  stage: string | null;
  touchpoint: string | null;
  n: number;
  count: number;
  /** Pooled over the other places. */
  baselineN: number;
  baselineCount: number;
  /** Customers who passed through the place. */
  customers: number;
  extra?: Pick<PainFinding, 'nextStage' | 'thresholdSeconds' | 'repeats' | 'meanScore'>;
}

/** Candidates of one kind from per-place counts: each place against all the others pooled. */
export function againstOthers<P extends { n: number; count: number }>(
  places: readonly P[],
  make: (place: P, baselineN: number, baselineCount: number) => Candidate,
): Candidate[] {
  const n = places.reduce((s, p) => s + p.n, 0);
  const count = places.reduce((s, p) => s + p.count, 0);
  return places.map((p) => make(p, n - p.n, count - p.count));
}

/** Cohen's h between two shares. */
export function cohenH(rate: number, baseline: number): number {
  return 2 * Math.asin(Math.sqrt(rate)) - 2 * Math.asin(Math.sqrt(baseline));
}

/** Tests a candidate; `totalCustomers` is the workspace's customer count. */
export function judge(c: Candidate, totalCustomers: number): Omit<PainFinding, 'card'> {
  const rate = c.n === 0 ? 0 : c.count / c.n;
  const baseline = c.baselineN === 0 ? 0 : c.baselineCount / c.baselineN;
  const effect = cohenH(rate, baseline);
  const reach = totalCustomers === 0 ? 0 : Math.min(1, c.customers / totalCustomers);
  return {
    kind: c.kind,
    stage: c.stage,
    touchpoint: c.touchpoint,
    severity: effect * Math.sqrt(reach),
    n: c.n,
    count: c.count,
    rate,
    ci: wilson(c.count, c.n),
    baseline,
    baselineN: c.baselineN,
    baselineCount: c.baselineCount,
    pValue: fisherExact(c.count, c.n - c.count, c.baselineCount, c.baselineN - c.baselineCount),
    effect,
    customers: c.customers,
    reach,
    ...c.extra,
  };
}
