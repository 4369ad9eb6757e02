import { z } from 'zod';

/*
 * Answers of the analytics routes. Field names vary a little between the routes of the
 * engine (`customers` or `count`, `name` or `activity`), so each schema accepts the
 * variants and normalises them into one shape the charts read.
 */

const num = z.number();
const optNum = num.nullable().optional();

/** Measurements of one stage or touchpoint; absent values were not measured. */
export const Metric = z.looseObject({
  customers: num,
  conversion: optNum,
  dropOff: optNum,
  medianSeconds: optNum,
  sentiment: optNum.describe('Mean sentiment of texts, −1 … +1'),
  emotion: optNum.describe('Data-driven emotion score, −2 … +2'),
  emotionN: optNum.describe('Signals (texts and survey answers) behind `emotion`'),
  emotionCi: z
    .tuple([num, num])
    .nullable()
    .optional()
    .catch(null)
    .describe('95% interval of `emotion`, −2 … +2; null with fewer than two signals'),
});
export type Metric = z.infer<typeof Metric>;

const MetricRow = Metric.extend({
  id: z.string().optional(),
  stage: z.string().optional(),
  touchpoint: z.string().optional(),
});

/** Rows keyed by stage or touchpoint id; the server may send a record or a list. */
const MetricTable = z
  .union([z.record(z.string(), Metric), z.array(MetricRow)])
  .transform((table): Record<string, Metric> => {
    if (!Array.isArray(table)) return table;
    const out: Record<string, Metric> = {};
    for (const row of table) {
      const key = row.id ?? row.stage ?? row.touchpoint;
      if (key !== undefined) out[key] = row;
    }
    return out;
  });

/** `GET /api/maps/:id/metrics`. */
export const MapMetrics = z.object({
  stages: MetricTable.default({}),
  touchpoints: MetricTable.default({}),
});
export type MapMetrics = z.infer<typeof MapMetrics>;

/** `GET /api/analytics/funnel`. */
export const Funnel = z.object({
  steps: z.array(
    z.looseObject({
      name: z.string(),
      customers: num,
      conversion: optNum,
      ci: z.tuple([num, num]).nullable().optional(),
      medianSecondsToConvert: optNum,
    }),
  ),
});
export type Funnel = z.infer<typeof Funnel>;

/** One directly-follows edge of the process map. */
export const DfgEdge = z.looseObject({
  from: z.string(),
  to: z.string(),
  count: num,
  medianSeconds: optNum,
  meanSeconds: optNum,
});
export type DfgEdge = z.infer<typeof DfgEdge>;

/** `GET /api/analytics/dfg`: the edges, and how many journeys start and end at each step. */
export const Dfg = z.looseObject({
  edges: z.array(DfgEdge),
  start: z.record(z.string(), num).optional().catch(undefined),
  end: z.record(z.string(), num).optional().catch(undefined),
});
export type Dfg = z.infer<typeof Dfg>;

/** `GET /api/analytics/paths`: the most frequent sequences of steps. */
const PathRowIn = z.looseObject({
  steps: z.array(z.string()).optional(),
  path: z.array(z.string()).optional(),
  customers: num.optional(),
  count: num.optional(),
});

export const Paths = z
  .looseObject({ paths: z.array(PathRowIn).optional(), variants: z.array(PathRowIn).optional() })
  .transform((body) =>
    (body.paths ?? body.variants ?? []).map((row) => ({
      steps: row.steps ?? row.path ?? [],
      customers: row.customers ?? row.count ?? 0,
    })),
  );
export type PathRow = z.infer<typeof Paths>[number];

/** `GET /api/analytics/paths` with the count of all customers (`customers`), when sent. */
export const PathsSummary = z
  .looseObject({
    customers: num.optional(),
    paths: z.array(PathRowIn).optional(),
    variants: z.array(PathRowIn).optional(),
  })
  .transform((body) => ({ customers: body.customers ?? null, paths: Paths.parse(body) }));
export type PathsSummary = z.infer<typeof PathsSummary>;

const DwellRowIn = z.looseObject({
  name: z.string().optional(),
  stage: z.string().optional(),
  touchpoint: z.string().optional(),
  activity: z.string().optional(),
  medianSeconds: optNum,
  meanSeconds: optNum,
  p90Seconds: optNum,
});

/** `GET /api/analytics/dwell`: time spent per stage, touchpoint or activity (`rows`, or `items`). */
export const Dwell = z
  .looseObject({ rows: z.array(DwellRowIn).optional(), items: z.array(DwellRowIn).optional() })
  .transform((body) =>
    (body.rows ?? body.items ?? []).map((row) => ({
      name: row.name ?? row.stage ?? row.touchpoint ?? row.activity ?? '?',
      medianSeconds: row.medianSeconds ?? null,
      meanSeconds: row.meanSeconds ?? null,
      p90Seconds: row.p90Seconds ?? null,
    })),
  );
export type DwellRow = z.infer<typeof Dwell>[number];

/** `GET /api/analytics/timeline?customer=ID`: one customer's events in time order. */
export const Timeline = z
  .looseObject({
    events: z.array(
      z.looseObject({
        ts: z.string().optional(),
        timestamp: z.string().optional(),
        at: z.string().optional(),
        time: z.string().optional(),
        name: z.string().optional(),
        event: z.string().optional(),
        activity: z.string().optional(),
        channel: z.string().nullable().optional(),
        stage: z.string().nullable().optional(),
        text: z.string().nullable().optional(),
        score: optNum,
      }),
    ),
  })
  .transform((body) =>
    body.events.map((row) => ({
      at: row.ts ?? row.timestamp ?? row.at ?? row.time ?? '',
      name: row.name ?? row.event ?? row.activity ?? '?',
      channel: row.channel ?? null,
      stage: row.stage ?? null,
      text: row.text ?? null,
      score: row.score ?? null,
    })),
  );
export type TimelineEvent = z.infer<typeof Timeline>[number];
