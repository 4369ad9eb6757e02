import { z } from 'zod';
import { Operation } from '../operations/schema.ts';
import { Language } from '../schema/common.ts';
import { Card } from '../schema/map.ts';

/*
 * Pain points of a map (`cjm analyze pains`, `GET /api/maps/:id/pains`): problem zones with
 * their evidence, each with a proposed pain card.
 */

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

/** Problem zones, most severe first (see `PainFinding` for the severity formula). */
export const PainsResult = z.object({
  customers: z.number().int().describe('Customers in the workspace'),
  alpha: z.number(),
  minSample: z.number().int(),
  sentiment: z.boolean().describe('Whether texts were scored (a scorer was given)'),
  findings: z.array(PainFinding),
});
export type PainsResult = z.infer<typeof PainsResult>;

/** A finding with the core operations that put its proposed card on the map. */
export const PainProposal = PainFinding.extend({
  operations: z
    .array(Operation)
    .describe(
      'Apply in order to accept the card: addLane when the map has no pains lane, then addCard; empty without a card',
    ),
});
export type PainProposal = z.infer<typeof PainProposal>;

/** `GET /api/maps/:id/pains`: the findings, each with the operations that accept its card. */
export const PainsAnswer = PainsResult.extend({ findings: z.array(PainProposal) });
export type PainsAnswer = z.infer<typeof PainsAnswer>;

/** Query of `GET /api/maps/:id/pains`. */
export const PainsQuery = z.object({
  lang: Language.optional().describe("Language of the proposed cards; default: the map's"),
  window: z.string().default('30d').describe('Stage funnel window for drop-off'),
});
export type PainsQuery = z.input<typeof PainsQuery>;
