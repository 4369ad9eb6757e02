import type { Language, Persona } from '@opencjm/core';
import { labelled, t } from '../i18n.ts';
import { fitFontSize } from './pptx-text.ts';

const QUOTES: Record<Language, [string, string]> = { ru: ['«', '»'], en: ['“', '”'], zh: ['“', '”'] };

/**
 * The personas of the map in one line for a slide: names with the quote of the first
 * persona when it fits a box of w × h inches at 10 pt or more, names alone otherwise.
 * Undefined when the map has no persona.
 */
export function personaLine(
  personas: readonly Persona[],
  lang: Language,
  w: number,
  h: number,
): { text: string; size: number } | undefined {
  if (personas.length === 0) return undefined;
  const names = personas.map((p) => p.name).join(t(lang, 'punct.list'));
  const key = personas.length > 1 ? 'heading.personas' : 'field.persona';
  const [open, close] = QUOTES[lang];
  const quote = personas[0]?.quote;
  const candidates = [
    ...(quote ? [labelled(lang, key, `${names} — ${open}${quote}${close}`)] : []),
    labelled(lang, key, names),
  ];
  for (const text of candidates) {
    const size = fitFontSize([text], w, h, 13);
    if (size !== undefined) return { text, size };
  }
  return { text: labelled(lang, key, names), size: 10 };
}

/** The persona as a box of a stage slide: name, quote, goals and frustrations as lines. */
export function personaLines(persona: Persona, lang: Language): string[] {
  const [open, close] = QUOTES[lang];
  const demographics = [persona.demographics.age, persona.demographics.occupation]
    .filter((part): part is string => Boolean(part))
    .join(t(lang, 'punct.list'));
  return [
    ...(demographics ? [demographics] : []),
    ...(persona.quote ? [`${open}${persona.quote}${close}`] : []),
    ...persona.goals.slice(0, 3),
    ...persona.frustrations.slice(0, 3),
  ];
}
