import type { Language } from '@opencjm/core';
import { wrapText } from '../text/text-wrap.ts';

/**
 * Text sizing for slides. PowerPoint shrinks text to fit only after someone edits it, so
 * the font size is chosen here, with the same measure that wraps the SVG cards.
 */

/** Slide size of pptxgenjs' LAYOUT_WIDE, inches. */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

/**
 * Font of the slides: fonts office machines have, since a PPTX is edited elsewhere;
 * Chinese needs a CJK face.
 */
export function fontFace(lang: Language): string {
  return lang === 'zh' ? 'Microsoft YaHei' : 'Arial';
}

/** #rrggbb → rrggbb, the colour form pptxgenjs takes. */
export function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}

const LINE = 1.22;
/** Text box inset, points: pptxgenjs margin is in points. */
export const INSET = 4;

/**
 * The largest font size (pt, from max down to min) at which the paragraphs fit a box of
 * w × h inches; min when nothing fits (the text then overflows, as in PowerPoint).
 */
export function fitFontSize(paragraphs: readonly string[], w: number, h: number, max = 12, min = 6): number {
  const width = w * 72 - 2 * INSET - 10;
  const height = h * 72 - 2 * INSET;
  for (let size = max; size > min; size -= 0.5) {
    const lines = paragraphs.reduce(
      (sum, text) => sum + wrapText(text, { maxWidth: width, fontSize: size }).lines.length,
      0,
    );
    if (lines * size * LINE + paragraphs.length * 2 <= height) return size;
  }
  return min;
}
