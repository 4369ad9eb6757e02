import { z } from 'zod';
import { Evidence, Id, Language, Source, SourceKind } from './common.ts';

export const MAP_SCHEMA_VERSION = 1;

export const MapType = z
  .enum(['current', 'future', 'day-in-the-life'])
  .describe('current state, future state, or a day in the life of the persona');
export type MapType = z.infer<typeof MapType>;

/** Processes the articles study; any other text is a custom process. */
export const KNOWN_PROCESSES = ['purchase', 'registration', 'support', 'custom'] as const;

export const LaneType = z.enum([
  'actions',
  'touchpoints',
  'channels',
  'thoughts',
  'feelings',
  'emotion',
  'expectations',
  'goals',
  'fears',
  'pains',
  'gains',
  'opportunities',
  'kpis',
  'owners',
  'backstage',
  'text',
]);
export type LaneType = z.infer<typeof LaneType>;

export const Stage = z.object({
  id: Id,
  name: z.string().min(1),
  goal: z.string().optional().describe("The customer's goal at this stage"),
  description: z.string().optional(),
});
export type Stage = z.infer<typeof Stage>;

/** A row of the map; array order is display order. */
export const Lane = z.object({ id: Id, type: LaneType, title: z.string().min(1) });
export type Lane = z.infer<typeof Lane>;

/** The content of one cell: lane × stage. Array order is the order inside a cell. */
export const Card = z.object({
  id: Id,
  lane: Id,
  stage: Id,
  text: z.string(),
  evidence: Evidence.default('hypothesis'),
  sources: z.array(Source).default([]),
  persona: Id.optional().describe('Set when the card is about one of the map personas only'),
  touchpoint: Id.optional().describe('The touchpoint this card is about'),
});
export type Card = z.infer<typeof Card>;

/** One point of the emotion curve, on the scale −2 (very negative) … +2 (very positive). */
export const Emotion = z.object({
  stage: Id,
  persona: Id.optional().describe('Absent: the curve of the whole map'),
  score: z.number().min(-2).max(2),
  note: z.string().optional(),
});
export type Emotion = z.infer<typeof Emotion>;

/**
 * Rules binding a touchpoint to events. Every given field must match; `url` and `event`
 * accept `*` wildcards.
 */
export const MatchRule = z.object({
  event: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  channel: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional().describe('URL pattern, `*` matches any run of characters'),
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type MatchRule = z.infer<typeof MatchRule>;

export const Touchpoint = z.object({
  id: Id,
  name: z.string().min(1),
  channel: z.string().min(1).describe('Id from the touchpoint catalogue (website, email, store …) or custom'),
  kind: z.enum(['online', 'offline']),
  source: SourceKind.default('quantitative').describe('Whether its data source counts or describes'),
  stage: Id.optional(),
  match: MatchRule.optional(),
});
export type Touchpoint = z.infer<typeof Touchpoint>;

export const OpportunityStatus = z.enum(['idea', 'planned', 'in-progress', 'done', 'dropped']);
export type OpportunityStatus = z.infer<typeof OpportunityStatus>;

export const Opportunity = z.object({
  id: Id,
  title: z.string().min(1),
  description: z.string().optional(),
  stage: Id.optional(),
  pains: z.array(Id).default([]).describe('Ids of the pain cards this opportunity addresses'),
  owner: z.string().optional().describe('Responsible department or person'),
  status: OpportunityStatus.default('idea'),
  impact: z.number().int().min(1).max(5).optional().describe('1 (low) … 5 (high)'),
  effort: z.number().int().min(1).max(5).optional().describe('1 (low) … 5 (high)'),
});
export type Opportunity = z.infer<typeof Opportunity>;

export const KpiMetric = z.enum([
  'conversion',
  'drop-off',
  'customers',
  'median-time',
  'nps',
  'csat',
  'ces',
  'sentiment',
  'revenue',
  'custom',
]);
export type KpiMetric = z.infer<typeof KpiMetric>;

export const Kpi = z.object({
  id: Id,
  name: z.string().min(1),
  stage: Id.optional(),
  touchpoint: Id.optional(),
  metric: KpiMetric,
  target: z.number().optional(),
  unit: z.string().optional(),
});
export type Kpi = z.infer<typeof Kpi>;

/** A journey map document: the public file format (YAML or JSON). */
export const JourneyMap = z.object({
  schemaVersion: z.literal(MAP_SCHEMA_VERSION),
  id: Id,
  title: z.string().min(1),
  description: z.string().optional(),
  type: MapType.default('current'),
  language: Language,
  process: z
    .string()
    .min(1)
    .default('purchase')
    .describe('purchase | registration | support, or custom text'),
  template: z.string().optional().describe('Id of the stage template the map was made from'),
  basedOn: Id.optional().describe('Id of the map this one was copied from, e.g. current → future'),
  personas: z.array(Id).default([]).describe('Ids of persona documents'),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  cards: z.array(Card).default([]),
  emotions: z.array(Emotion).default([]),
  touchpoints: z.array(Touchpoint).default([]),
  opportunities: z.array(Opportunity).default([]),
  kpis: z.array(Kpi).default([]),
});
export type JourneyMap = z.infer<typeof JourneyMap>;
/** What a file may contain before defaults are filled in. */
export type JourneyMapInput = z.input<typeof JourneyMap>;
