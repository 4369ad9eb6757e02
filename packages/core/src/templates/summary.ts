import type { Language } from '../schema/index.ts';
import type { Template, TemplateSummary } from './schema.ts';

/**
 * A template's id, name and stages in one language: the JSON shape of
 * `cjm templates --json`.
 * @example templateSummary(FUNNEL, 'en') // { id: 'funnel', name: 'Funnel: …', stages: [{ id: 'awareness', name: 'Awareness' }, …] }
 */
export function templateSummary(template: Template, language: Language): TemplateSummary {
  return {
    id: template.id,
    name: template.name[language],
    stages: template.stages.map((stage) => ({ id: stage.id, name: stage.name[language] })),
  };
}
