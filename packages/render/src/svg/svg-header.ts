import type { JourneyMap, Language, Persona } from '@opencjm/core';
import { t } from '../i18n.ts';
import { mapSubtitle } from '../model/map-view.ts';
import { drawAvatar } from './avatar.ts';
import { type Block, paragraph, stack } from './svg-builder.ts';
import { COLORS, SIZES } from './theme.ts';

const PERSONA_WIDTH = 380;
const PERSONA_GAP = 24;

const QUOTES: Record<Language, [string, string]> = { ru: ['«', '»'], en: ['“', '”'], zh: ['“', '”'] };

/** One persona: avatar on the left; name, a line of demographics and the quote on the right. */
function personaBlock(persona: Persona, index: number, lang: Language): Block {
  const textX = SIZES.avatar + 12;
  const textWidth = PERSONA_WIDTH - textX;
  const demographics = [
    persona.demographics.age,
    persona.demographics.occupation,
    persona.demographics.location,
  ]
    .filter((part): part is string => Boolean(part))
    .join(t(lang, 'punct.list'));
  const [open, close] = QUOTES[lang];
  const parts: Block[] = [
    paragraph(persona.name, textWidth, { fontSize: 15, fill: COLORS.text, bold: true }, 2),
  ];
  if (demographics)
    parts.push(paragraph(demographics, textWidth, { fontSize: SIZES.small, fill: COLORS.muted }, 2));
  if (persona.quote) {
    parts.push(
      paragraph(
        `${open}${persona.quote}${close}`,
        textWidth,
        { fontSize: 12, fill: COLORS.text, italic: true },
        4,
      ),
    );
  }
  const text = stack(parts, 4);
  return {
    width: PERSONA_WIDTH,
    height: Math.max(SIZES.avatar, text.height),
    draw: (x, y) =>
      drawAvatar(
        {
          seed: persona.avatarSeed ?? persona.id,
          name: persona.name,
          photo: persona.photo,
          key: String(index),
        },
        x,
        y,
        SIZES.avatar,
      ) + text.draw(x + textX, y),
  };
}

/** Personas side by side, wrapping to new rows within the width. */
function personaRows(personas: readonly Persona[], width: number, lang: Language): Block {
  const perRow = Math.max(1, Math.floor((width + PERSONA_GAP) / (PERSONA_WIDTH + PERSONA_GAP)));
  const rows: Block[] = [];
  for (let start = 0; start < personas.length; start += perRow) {
    const blocks = personas.slice(start, start + perRow).map((p, i) => personaBlock(p, start + i, lang));
    rows.push({
      width,
      height: Math.max(0, ...blocks.map((b) => b.height)),
      draw: (x, y) => blocks.map((b, i) => b.draw(x + i * (PERSONA_WIDTH + PERSONA_GAP), y)).join(''),
    });
  }
  return stack(rows, 16);
}

/**
 * The top of the picture: title, map type and process, description, and the personas
 * the map is about.
 */
export function headerBlock(
  map: JourneyMap,
  personas: readonly Persona[],
  width: number,
  lang: Language,
): Block {
  const parts: Block[] = [
    paragraph(map.title, width, { fontSize: SIZES.title, fill: COLORS.text, bold: true }, 3),
    paragraph(mapSubtitle(map, lang), width, { fontSize: SIZES.subtitle, fill: COLORS.muted }, 1),
  ];
  if (map.description) {
    parts.push(paragraph(map.description, Math.min(width, 900), { fontSize: 12, fill: COLORS.text }, 4));
  }
  if (personas.length > 0) parts.push(personaRows(personas, width, lang));
  return stack(parts, 10);
}
