import type { Language } from '@opencjm/core';
import { officeFont } from '../text/office-font.ts';
import { measureText, wrapText } from '../text/text-wrap.ts';

/**
 * Text sizing for slides. PowerPoint shrinks text to fit only after someone edits it, and
 * breaks a word that is wider than its box, so the size is chosen here with the same
 * measure that wraps the SVG cards: the largest size at which every word fits the box's
 * width and every line its height, never under {@link MIN_FONT} — what does not fit then
 * goes to another slide.
 */

/** Slide size of pptxgenjs' LAYOUT_WIDE, inches. */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

/** The smallest text on a slide, points: smaller is unreadable on a projector. */
export const MIN_FONT = 10;

/** Font of the slides: the one office font of the language (see {@link officeFont}). */
export function fontFace(lang: Language): string {
  return officeFont(lang);
}

/** #rrggbb → rrggbb, the colour form pptxgenjs takes. */
export function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}

const LINE = 1.22;
/** Text box inset, points: pptxgenjs margin is in points. */
export const INSET = 4;
/** Room a bullet takes before its text, points. */
const BULLET = 18;

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Width in points available to text in a box w inches wide. */
export function textWidth(w: number, bullets = false): number {
  return w * 72 - 2 * INSET - 10 - (bullets ? BULLET : 0);
}

/** True when no word of the texts is wider than the line at this size (nothing would be broken). */
export function wordsFit(paragraphs: readonly string[], width: number, size: number, bold = false): boolean {
  return paragraphs.every((text) =>
    Array.from(words.segment(text)).every(
      ({ segment, isWordLike }) => !isWordLike || measureText(segment, size, bold) <= width,
    ),
  );
}

/**
 * Lines of one paragraph, remembered: planning a deck asks the same question many times
 * (each stage count, each box grid). Bounded, so a long-running server does not grow.
 */
const lineCounts = new Map<string, number>();
const MAX_REMEMBERED = 50_000;

function lineCount(text: string, width: number, size: number): number {
  const key = `${size}|${Math.round(width * 10)}|${text}`;
  const known = lineCounts.get(key);
  if (known !== undefined) return known;
  const count = wrapText(text, { maxWidth: width, fontSize: size }).lines.length;
  if (lineCounts.size >= MAX_REMEMBERED) lineCounts.clear();
  lineCounts.set(key, count);
  return count;
}

/** Height in points the paragraphs take at this size in a line `width` points wide. */
export function textHeight(paragraphs: readonly string[], width: number, size: number): number {
  const lines = paragraphs.reduce((sum, text) => sum + lineCount(text, width, size), 0);
  return lines * size * LINE + paragraphs.length * 2;
}

/**
 * The largest font size (pt, from max down to {@link MIN_FONT}) at which the paragraphs fit a
 * box of w × h inches with no word broken; undefined when they do not fit even at the minimum.
 */
export function fitFontSize(
  paragraphs: readonly string[],
  w: number,
  h: number,
  max = 12,
  options: { bullets?: boolean; bold?: boolean } = {},
): number | undefined {
  const width = textWidth(w, options.bullets);
  const height = h * 72 - 2 * INSET;
  for (let size = max; size >= MIN_FONT; size -= 0.5) {
    if (wordsFit(paragraphs, width, size, options.bold) && textHeight(paragraphs, width, size) <= height)
      return size;
  }
  return undefined;
}

/**
 * Splits paragraphs (kept whole) into runs that each fit a box of w × h inches at
 * {@link MIN_FONT}, after `head` (a title repeated on every part). A paragraph too tall for
 * a box alone gets a part of its own.
 */
export function splitToFit(
  paragraphs: readonly string[],
  w: number,
  h: number,
  head: readonly string[] = [],
  bullets = false,
): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  for (const text of paragraphs) {
    const next = [...current, text];
    if (current.length > 0 && fitFontSize([...head, ...next], w, h, MIN_FONT, { bullets }) === undefined) {
      parts.push(current);
      current = [text];
    } else current = next;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts;
}
