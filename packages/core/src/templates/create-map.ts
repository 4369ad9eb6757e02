import {
  type Card,
  type JourneyMap,
  type Lane,
  type Language,
  MAP_SCHEMA_VERSION,
  type Stage,
} from '../schema/index.ts';
import { requireTemplate } from './registry.ts';
import { CreateMapOptions, STRATEGY_LANE_TYPES, type Template } from './schema.ts';

/**
 * A new map from a stage template, in one language: the template's stages and lanes,
 * and one hypothesis card per strategy. Pure and deterministic — the caller passes the
 * id, and card ids are `strategy-<stage id>-<n>` (n from 1) — so the same input always
 * gives the same document.
 *
 * @throws UnknownTemplateError when the template id is not shipped
 * @throws ZodError when the options are invalid (empty title, id with whitespace …)
 * @example createMapFromTemplate('six-stages', { language: 'ru', title: 'Покупка ноутбука', id: 'laptop' })
 */
export function createMapFromTemplate(templateId: string, options: CreateMapOptions): JourneyMap {
  const template = requireTemplate(templateId);
  const { language, title, id, persona, type, process } = CreateMapOptions.parse(options);
  return {
    schemaVersion: MAP_SCHEMA_VERSION,
    id,
    title,
    type: type ?? 'current',
    language,
    process: process ?? 'purchase',
    template: template.id,
    personas: persona ? [persona] : [],
    stages: template.stages.map((stage): Stage => {
      const localized: Stage = { id: stage.id, name: stage.name[language] };
      if (stage.goal) localized.goal = stage.goal[language];
      return localized;
    }),
    lanes: template.lanes.map((row): Lane => ({ id: row.id, type: row.type, title: row.title[language] })),
    cards: strategyCards(template, language),
    emotions: [],
    touchpoints: [],
    opportunities: [],
    kpis: [],
  };
}

/** The template's strategies as hypothesis cards in the lane that holds them. */
function strategyCards(template: Template, language: Language): Card[] {
  const laneId = strategyLaneId(template);
  if (!laneId) return [];
  return template.stages.flatMap((stage) =>
    (stage.strategies ?? []).map(
      (strategy, index): Card => ({
        id: `strategy-${stage.id}-${index + 1}`,
        lane: laneId,
        stage: stage.id,
        text: strategy[language],
        evidence: 'hypothesis',
        sources: [],
      }),
    ),
  );
}

/** The first lane of the most preferred type in {@link STRATEGY_LANE_TYPES}. */
function strategyLaneId(template: Template): string | undefined {
  for (const type of STRATEGY_LANE_TYPES) {
    const found = template.lanes.find((row) => row.type === type);
    if (found) return found.id;
  }
  return undefined;
}
