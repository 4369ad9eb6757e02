import { EIGHT_STAGES } from './models/eight-stages.ts';
import { FIVE_STAGES_RESEARCH } from './models/five-stages-research.ts';
import { FIVE_STAGES_STRATEGIES } from './models/five-stages-strategies.ts';
import { FIVE_STAGES_SUPPORT } from './models/five-stages-support.ts';
import { FUNNEL } from './models/funnel.ts';
import { SIX_STAGES } from './models/six-stages.ts';
import { SIX_STAGES_ADVOCACY } from './models/six-stages-advocacy.ts';
import type { Template } from './schema.ts';

/** All shipped stage templates, in the order of the product brief (pickers list them so). */
export const TEMPLATES: readonly Template[] = [
  SIX_STAGES,
  FIVE_STAGES_STRATEGIES,
  FIVE_STAGES_RESEARCH,
  SIX_STAGES_ADVOCACY,
  EIGHT_STAGES,
  FIVE_STAGES_SUPPORT,
  FUNNEL,
];

/** The template with this id, or undefined. */
export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/**
 * Thrown for a template id that is not shipped. Carries a code and the parameters, so a
 * UI can translate it; the message is English for logs and the CLI.
 */
export class UnknownTemplateError extends Error {
  readonly code = 'unknown-template';
  readonly known: readonly string[];

  constructor(readonly templateId: string) {
    const known = TEMPLATES.map((template) => template.id);
    super(`Unknown template "${templateId}". Known templates: ${known.join(', ')}`);
    this.name = 'UnknownTemplateError';
    this.known = known;
  }
}

/** The template with this id; throws {@link UnknownTemplateError} when there is none. */
export function requireTemplate(id: string): Template {
  const template = getTemplate(id);
  if (!template) throw new UnknownTemplateError(id);
  return template;
}
