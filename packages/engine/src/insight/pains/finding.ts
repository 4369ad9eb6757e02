import { Card } from '@opencjm/core';
import { z } from 'zod';
import { fisherExact } from '../../stats/fisher.ts';
import { wilson } from '../../stats/wilson.ts';

/** What kind of problem a finding is. */
export const PainKind = z
  .enum(['drop-off', 'long-dwell-exit', 'loop', 'stage-return', 'negative-sentiment', 'low-csat'])
  .describe(
    'drop-off: customers of a stage who do not reach the next; long-dwell-exit: a long visit that ends the journey; ' +
      'loop: back at a touchpoint again and again in one session; stage-return: back to a stage after a later one in one session; ' +
      'negative-sentiment: negative texts; low-csat: CSAT answers 1–3',
  );
export type PainKind = z.infer<typeof PainKind>;

/**
 * One problem zone with its evidence. Every kind is a share of something bad (`count` of
 * `n`) compared with the same share elsewhere (`baseline`: the other stages or touchpoints
 * pooled), tested by a two-sided Fisher exact test on the 2×2 table.
 *
 * Severity makes kinds comparable: `severity = h × √reach`, where h is Cohen's h between the
 * rate and the baseline (2·asin√rate − 2·asin√baseline; 0.2 reads small, 0.5 medium, 0.8
 * large) and reach the share of all customers that passed through the finding's place. The
 * square root keeps a sharp problem at a small touchpoint visible beside a mild one that
 * everybody meets.
 */
export const PainFinding = z.object({
  kind: PainKind,
  stage: z.string().nullable().describe('Stage id (for drop-off: the stage customers left from)'),
  touchpoint: z.string().nullable(),
  severity: z.number().describe('h × √reach; see PainFinding'),
  n: z.number().int().describe('What the rate is a share of: customers, texts or answers'),
  count: z.number().int().describe('Of n, how many show the problem'),
  rate: z.number().describe('count / n'),
  ci: z.tuple([z.number(), z.number()]).describe('95% Wilson interval of rate'),
  baseline: z.number().describe('The same share over the other stages or touchpoints'),
  baselineN: z.number().int().describe('What the baseline is a share of, over the other places'),
  baselineCount: z.number().int(),
  pValue: z.number().describe('Two-sided Fisher exact test of count/n against the baseline'),
  effect: z.number().describe("Cohen's h of rate against baseline"),
  customers: z.number().int().describe('Customers who passed through the place'),
  reach: z.number().describe('customers / all customers'),
  nextStage: z.string().optional().describe('drop-off: the stage not reached'),
  thresholdSeconds: z.number().optional().describe("long-dwell-exit: the workspace's usual p90 visit time"),
  repeats: z.number().int().optional().describe('loop: visits of one session that count as a loop'),
  meanScore: z.number().optional().describe('negative-sentiment: mean text score, −1…+1'),
  card: Card.nullable().describe('Proposed pain card; null when the place is not on the map'),
});
export type PainFinding = z.infer<typeof PainFinding>;

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
