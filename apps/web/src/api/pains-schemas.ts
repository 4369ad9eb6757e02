import { Card, Operation } from '@opencjm/core';
import { z } from 'zod';
import { Interval } from './interval.ts';

/** Kinds of problem the pain detection knows; an unknown kind is shown by its code. */
export const PAIN_KINDS = [
  'drop-off',
  'long-dwell-exit',
  'loop',
  'stage-return',
  'negative-sentiment',
  'low-csat',
] as const;

const optNum = z.number().nullable().optional();

/**
 * The operations that accept a finding's card, or `null` when the server sent none or one
 * the core schema does not know (the editor then derives them from the card itself).
 */
const Operations = z
  .array(z.unknown())
  .catch([])
  .transform((list): Operation[] | null => {
    const parsed = list.map((op) => Operation.safeParse(op));
    if (parsed.length === 0 || parsed.some((p) => !p.success)) return null;
    return parsed.flatMap((p) => (p.success ? [p.data] : []));
  });

/** One problem zone with its evidence, a proposed pain card and the edits that accept it. */
export const PainFinding = z.looseObject({
  kind: z.string().describe('drop-off, long-dwell-exit, loop, stage-return, negative-sentiment, low-csat'),
  stage: z.string().nullable().catch(null).describe('Stage id (drop-off: the stage customers left)'),
  touchpoint: z.string().nullable().catch(null),
  severity: z.number().describe("Cohen's h × √reach"),
  n: z.number().describe('What the rate is a share of: customers, texts or answers'),
  count: z.number().catch(0),
  rate: z.number().describe('count / n, 0 … 1'),
  ci: Interval.describe('95% interval of rate'),
  baseline: z.number().describe('The same share over the other places, 0 … 1'),
  pValue: z.number(),
  customers: optNum,
  reach: optNum,
  nextStage: z.string().nullable().optional(),
  thresholdSeconds: optNum,
  repeats: optNum,
  meanScore: optNum,
  card: Card.nullable().catch(null).describe('Proposed pain card; null when the place is not on the map'),
  operations: Operations,
});
export type PainFinding = z.infer<typeof PainFinding>;

/** `GET /api/maps/:id/pains`: findings, most severe first. */
export const Pains = z.looseObject({
  customers: z.number().catch(0),
  alpha: z.number().optional(),
  minSample: z.number().optional(),
  sentiment: z.boolean().optional().describe('Whether texts were scored'),
  findings: z.array(PainFinding),
});
export type Pains = z.infer<typeof Pains>;
