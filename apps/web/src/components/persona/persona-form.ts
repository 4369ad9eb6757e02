import { Demographics, Persona } from '@opencjm/core';

/** The list fields of a persona, edited as one item per line. */
export const LIST_FIELDS = ['goals', 'needs', 'motivations', 'frustrations'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** The demographic fields, in display order. */
export const DEMOGRAPHIC_FIELDS = Demographics.keyof().options;
export type DemographicField = (typeof DEMOGRAPHIC_FIELDS)[number];

/** The persona editor's fields: texts as typed, lists as lines. */
export interface PersonaForm {
  name: string;
  quote: string;
  photo: string | undefined;
  demographics: Record<DemographicField, string>;
  lists: Record<ListField, string>;
  channels: string[];
}

/** The form showing a persona. */
export function toForm(persona: Persona): PersonaForm {
  const demographics = Object.fromEntries(
    DEMOGRAPHIC_FIELDS.map((field) => [field, persona.demographics[field] ?? '']),
  ) as Record<DemographicField, string>;
  const lists = Object.fromEntries(LIST_FIELDS.map((field) => [field, persona[field].join('\n')])) as Record<
    ListField,
    string
  >;
  return {
    name: persona.name,
    quote: persona.quote ?? '',
    photo: persona.photo,
    demographics,
    lists,
    channels: [...persona.channels],
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The persona after the form's changes: empty texts remove their field, lists drop empty
 * lines; fields the form does not show (id, seed, source) are kept. The result is checked
 * by the `Persona` schema.
 */
export function fromForm(base: Persona, form: PersonaForm): Persona {
  const demographics: Demographics = {};
  for (const field of DEMOGRAPHIC_FIELDS) {
    const value = form.demographics[field].trim();
    if (value) demographics[field] = value;
  }
  const { quote: _quote, photo: _photo, ...rest } = base;
  const persona: Persona = {
    ...rest,
    name: form.name.trim() || base.name,
    demographics,
    goals: lines(form.lists.goals),
    needs: lines(form.lists.needs),
    motivations: lines(form.lists.motivations),
    frustrations: lines(form.lists.frustrations),
    channels: form.channels,
  };
  if (form.quote.trim()) persona.quote = form.quote.trim();
  if (form.photo) persona.photo = form.photo;
  return Persona.parse(persona);
}
