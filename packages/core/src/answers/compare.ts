import { z } from 'zod';

/*
 * A map measured in two periods or two groups (`cjm compare`, `GET /api/maps/:id/compare`).
 */

/** How customers are split into A and B. */
export const CompareSplit = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('date'),
    at: z.iso
      .datetime({ offset: true })
      .describe('A: entered the first stage before this instant; B: at or after'),
  }),
  z.object({
    kind: z.literal('groups'),
    property: z.string().min(1).describe('Property of the first first-stage event'),
    a: z.string().describe('Its value for group A'),
    b: z.string().describe('Its value for group B'),
  }),
]);
export type CompareSplit = z.infer<typeof CompareSplit>;

/** One side (period or group) of a stage. */
export const CompareSide = z.object({
  customers: z.number().int().describe('Customers of this side who reached the stage'),
  conversion: z.number().describe('customers / customers of this side at the first stage'),
  medianSecondsFromPrevious: z.number().nullable().describe('Median time from the previous stage'),
});
export type CompareSide = z.infer<typeof CompareSide>;

export const CompareStage = z.object({
  id: z.string(),
  name: z.string(),
  a: CompareSide,
  b: CompareSide,
  change: z
    .object({
      difference: z.number().describe('Conversion of B − conversion of A'),
      ci: z
        .tuple([z.number(), z.number()])
        .describe('95% Newcombe hybrid score interval (Newcombe 1998, method 10)'),
      significant: z.boolean().describe('The interval leaves out 0'),
    })
    .describe('Change of conversion from A to B'),
});
export type CompareStage = z.infer<typeof CompareStage>;

export const CompareKpi = z.object({
  id: z.string(),
  name: z.string(),
  stage: z.string(),
  target: z.number().describe('Conversion from the first stage, as a fraction (0.05 = 5%)'),
  a: z.number().describe('Conversion of A at the stage'),
  b: z.number().describe('Conversion of B at the stage'),
  met: z.boolean().describe('B reaches the target'),
});
export type CompareKpi = z.infer<typeof CompareKpi>;

/**
 * A map measured in two periods or two groups: per stage, each side's customers,
 * conversion and median time from the previous stage, and the change of conversion with
 * its interval; the map's conversion KPIs judged on B. The data emotion is not compared:
 * the engine's emotion curve has no customer filter yet.
 */
export const ComparePeriodsResult = z.object({
  windowSeconds: z.number(),
  split: CompareSplit,
  stages: z.array(CompareStage),
  kpis: z.array(CompareKpi),
});
export type ComparePeriodsResult = z.infer<typeof ComparePeriodsResult>;

/** Query of `GET /api/maps/:id/compare`: a date, or a property with the values of groups A and B. */
export const CompareQuery = z.object({
  at: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('A: customers who entered the first stage before this instant; B: at or after'),
  property: z.string().min(1).optional().describe('Property of the first first-stage event'),
  a: z.string().optional().describe('Value of `property` for group A'),
  b: z.string().optional().describe('Value of `property` for group B'),
  window: z.string().default('7d').describe('Funnel window, e.g. 7d, 12h, 30m'),
});
export type CompareQuery = z.input<typeof CompareQuery>;
