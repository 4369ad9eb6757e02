import { z } from 'zod';

/*
 * The answers of the journey analyses, shared by the engine that computes them, the server
 * that serves them (and documents them in OpenAPI), the CLI that prints them and the web app
 * that draws them: one zod schema each, so no side keeps a copy of its own.
 */

/** One step of a funnel: customers, conversion with its interval, drop-off and times (seconds). */
export const FunnelStep = z.object({
  name: z.string(),
  id: z.string().optional().describe('Stage id, for a funnel over the map'),
  customers: z.number().int().describe('Customers who reached this step'),
  conversion: z.number().describe('customers / customers of step 1'),
  ci: z.tuple([z.number(), z.number()]).describe('95% Wilson interval of conversion'),
  conversionFromPrevious: z.number(),
  dropOff: z.number().int().describe('Reached the previous step but not this one (0 for step 1)'),
  dropOffRate: z.number().describe('dropOff / customers of the previous step'),
  medianSecondsToConvert: z.number().nullable().describe('From the previous step to this one'),
  p90SecondsToConvert: z.number().nullable(),
  medianSecondsFromEntry: z.number().nullable().describe('From step 1 to this one'),
  p90SecondsFromEntry: z.number().nullable(),
});
export type FunnelStep = z.infer<typeof FunnelStep>;

/**
 * Ordered funnel. A customer reaches step k when, after an entry event (step 1), they did
 * steps 2..k in that order (other events may come between) within the window of that
 * entry; the entry giving the furthest progress counts (of several, the latest, whose
 * chain is the shortest). Times are the chain's: each step's first event after the
 * previous step. Quantiles are continuous (linear interpolation).
 */
export const FunnelResult = z.object({
  windowSeconds: z.number(),
  steps: z.array(FunnelStep),
  breakdown: z
    .object({
      by: z.string(),
      groups: z.array(z.object({ value: z.string().nullable(), steps: z.array(FunnelStep) })),
    })
    .optional()
    .describe('The same funnel per value of the entry event attribute'),
});
export type FunnelResult = z.infer<typeof FunnelResult>;

/**
 * Directly-follows graph: for each ordered pair of labels, how often one directly follows
 * the other inside a customer's journey (events ordered by ts, then seq; unlabelled events
 * skipped), with the median and mean time between them; and how many journeys start and
 * end with each label. Self-loops are kept, as the process-mining convention counts them.
 */
export const DfgResult = z.object({
  edges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      count: z.number().int(),
      medianSeconds: z.number(),
      meanSeconds: z.number(),
    }),
  ),
  start: z.record(z.string(), z.number().int()),
  end: z.record(z.string(), z.number().int()),
});
export type DfgResult = z.infer<typeof DfgResult>;

/**
 * Time spent at each touchpoint, channel, stage or activity: from an event to the same
 * customer's next event (labelled or not). A session ends after `gap` of inactivity (a gap
 * of exactly `gap` still continues it), so the last event of a session has no measurable
 * dwell: it is an exit instead.
 */
export const DwellResult = z.object({
  gapSeconds: z.number(),
  rows: z.array(
    z.object({
      name: z.string(),
      events: z.number().int(),
      customers: z.number().int(),
      measured: z.number().int().describe('Events followed within the session'),
      medianSeconds: z.number().nullable(),
      p90Seconds: z.number().nullable(),
      exits: z.number().int().describe('Events that ended a session'),
      exitRate: z.number().describe('exits / events'),
      customersLeft: z.number().int().describe('Customers who left right after it at least once'),
      journeyEnds: z.number().int().describe('Customers whose last event it was'),
    }),
  ),
});
export type DwellResult = z.infer<typeof DwellResult>;

/**
 * The most frequent whole paths, one per customer, and an explicit "other" bucket for all
 * the rest: `paths[].customers` plus `other.customers` is `customers`.
 */
export const TopPathsResult = z.object({
  customers: z.number().int(),
  paths: z.array(z.object({ steps: z.array(z.string()), customers: z.number().int(), share: z.number() })),
  other: z.object({
    paths: z.number().int().describe('Distinct paths beyond the top'),
    customers: z.number().int(),
    share: z.number(),
  }),
});
export type TopPathsResult = z.infer<typeof TopPathsResult>;

/** One event of a timeline, with what the source said about it. */
export const TimelineEvent = z.object({
  ts: z.string().describe('ISO 8601, UTC'),
  event: z.string(),
  channel: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().nullable(),
  score: z.number().nullable(),
  value: z.number().nullable(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  identifier: z.string().describe('The identifier the event came with'),
  touchpoint: z.string().nullable(),
  stage: z.string().nullable(),
  importId: z.string(),
  line: z.number().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** One customer's cross-channel journey in order (ts, then seq), with their identifiers. */
export const TimelineResult = z.object({
  customer: z.string(),
  identifiers: z.array(z.string()).describe('Every identifier stitched into the customer'),
  events: z.array(TimelineEvent),
});
export type TimelineResult = z.infer<typeof TimelineResult>;
