import { z } from 'zod';
import { Id, LaneType, Language, Localized, MapType, SourceKind } from '../schema/index.ts';

/** Ids shipped with OpenCJM are ascii kebab-case, so they read well in YAML, URLs and CLI flags. */
export const KebabId = Id.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be ascii kebab-case');

/** One stage of a template, named in every first-class language. */
export const TemplateStage = z.object({
  id: KebabId,
  name: Localized,
  goal: Localized.optional().describe("The customer's goal at this stage, where the article states it"),
  strategies: z
    .array(Localized)
    .optional()
    .describe('What the business can do at this stage, as the article lists it; becomes hypothesis cards'),
});
export type TemplateStage = z.infer<typeof TemplateStage>;

/** One default row of a map made from the template. */
export const TemplateLane = z.object({
  id: KebabId,
  type: LaneType,
  title: Localized,
});
export type TemplateLane = z.infer<typeof TemplateLane>;

/** Lane types that can hold a template's strategies, in order of preference. */
export const STRATEGY_LANE_TYPES = ['opportunities', 'text'] as const satisfies readonly LaneType[];

/**
 * A stage model from one of the method articles: the stages in order and the rows a
 * new map starts with. Invariants: stage ids and lane ids are unique; a template with
 * strategies has a lane that can hold them (see {@link STRATEGY_LANE_TYPES}).
 */
export const Template = z
  .object({
    id: KebabId,
    source: z
      .string()
      .regex(/^article \d{3}$/, 'must look like "article 000"')
      .describe('The article the stages come from: file prefix in shared/reference/cjm-articles'),
    name: Localized,
    description: Localized,
    stages: z.array(TemplateStage).min(1),
    lanes: z.array(TemplateLane).min(1),
  })
  .superRefine((template, ctx) => {
    for (const key of ['stages', 'lanes'] as const) {
      const seen = new Set<string>();
      template[key].forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `duplicate id "${item.id}"` });
        }
        seen.add(item.id);
      });
    }
    const hasStrategies = template.stages.some((stage) => (stage.strategies?.length ?? 0) > 0);
    const canHold = template.lanes.some((lane) =>
      (STRATEGY_LANE_TYPES as readonly string[]).includes(lane.type),
    );
    if (hasStrategies && !canHold) {
      ctx.addIssue({
        code: 'custom',
        path: ['lanes'],
        message: `strategies need a lane of type ${STRATEGY_LANE_TYPES.join(' or ')}`,
      });
    }
  });
export type Template = z.infer<typeof Template>;

/** A channel of the touchpoint catalogue: what a map's `Touchpoint.channel` refers to. */
export const CatalogueEntry = z.object({
  id: KebabId,
  name: Localized,
  kind: z.enum(['online', 'offline']),
  source: SourceKind.describe('Whether the data this channel yields counts (quantitative) or describes'),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/** What the caller decides about a new map; everything else comes from the template. */
export const CreateMapOptions = z.object({
  language: Language,
  title: z.string().min(1),
  id: Id.describe('Given by the caller so that creating a map stays deterministic'),
  persona: Id.optional().describe('Id of the persona document the map is about'),
  type: MapType.optional().describe('Defaults to current'),
  process: z.string().min(1).optional().describe('Defaults to purchase'),
});
export type CreateMapOptions = z.infer<typeof CreateMapOptions>;

/** A template in one language: the JSON shape of `cjm templates --json`. */
export const TemplateSummary = z.object({
  id: Id,
  name: z.string().min(1),
  stages: z.array(z.object({ id: Id, name: z.string().min(1) })),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;
