import { BOLD_FACTOR, EMOJI_WIDTH, GLYPH_WIDTH_RANGES } from './glyph-widths.ts';

/** Han, kana, Hangul and full-width forms: drawn one em wide. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const COMBINING = /^\p{M}$/u;
/** Width of a glyph the measured table does not hold, in 1/1000 em (DejaVu's average letter). */
const DEFAULT_WIDTH = 620;
const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** ICU's word segmenter also splits Chinese into words, so CJK lines break between words. */
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** True when the text holds Chinese, Japanese or Korean glyphs (they need a CJK font). */
export function hasWideGlyphs(text: string): boolean {
  return WIDE.test(text);
}

function glyphWidth(grapheme: string): number {
  const cp = grapheme.codePointAt(0) ?? 0;
  for (const range of GLYPH_WIDTH_RANGES) {
    const width = range.widths[cp - range.start];
    if (width !== undefined) return width;
  }
  if (WIDE.test(grapheme)) return 1000;
  if (EMOJI.test(grapheme)) return EMOJI_WIDTH;
  if (COMBINING.test(grapheme)) return 0;
  return DEFAULT_WIDTH;
}

/**
 * Estimated width of a one-line text in px: measured DejaVu Sans advances for Latin and
 * Cyrillic, one em for CJK. Kerning is ignored, so the estimate errs a little wide.
 */
export function measureText(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const { segment } of graphemes.segment(text)) total += glyphWidth(segment);
  return (total / 1000) * fontSize * (bold ? BOLD_FACTOR : 1);
}

export interface WrapOptions {
  /** Width of the line box, px. */
  maxWidth: number;
  fontSize: number;
  bold?: boolean;
  /** Lines kept; the last kept line ends with "…" when text was cut. */
  maxLines?: number;
}

export interface Wrapped {
  lines: string[];
  /** True when maxLines cut the text. */
  truncated: boolean;
}

/**
 * Breaks text into lines no wider than maxWidth: between words (and between Chinese
 * words), inside a word only when the word alone is too wide. Explicit newlines are kept.
 * Pure and deterministic, so the SVG is byte-identical for the same map.
 */
export function wrapText(text: string, options: WrapOptions): Wrapped {
  const fits = (line: string) => measureText(line, options.fontSize, options.bold) <= options.maxWidth;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, fits));
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1] ?? '', fits);
  return { lines: kept, truncated: true };
}

/** One line cut to fit maxWidth with a trailing "…", for labels that must stay on one line. */
export function truncateLine(text: string, options: Omit<WrapOptions, 'maxLines'>): string {
  return wrapText(text.replace(/\s+/g, ' '), { ...options, maxLines: 1 }).lines[0] ?? '';
}

function wrapParagraph(paragraph: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const { segment, isWordLike } of words.segment(paragraph)) {
    const candidate = current + segment;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    const isSpace = /^\s+$/.test(segment);
    if (isSpace) {
      lines.push(current.trimEnd());
      current = '';
      continue;
    }
    // Closing punctuation hangs at the line end instead of starting the next line.
    if (!isWordLike && current.trim() !== '' && segment.length <= 2) {
      current = candidate;
      continue;
    }
    if (current.trim() !== '') lines.push(current.trimEnd());
    current = '';
    for (const { segment: glyph } of graphemes.segment(segment)) {
      if (current !== '' && !fits(current + glyph)) {
        lines.push(current);
        current = '';
      }
      current += glyph;
    }
  }
  lines.push(current.trimEnd());
  return lines;
}

function withEllipsis(line: string, fits: (line: string) => boolean): string {
  const glyphs = Array.from(graphemes.segment(line), (s) => s.segment);
  while (glyphs.length > 0 && !fits(`${glyphs.join('').trimEnd()}${ELLIPSIS}`)) glyphs.pop();
  return `${glyphs.join('').trimEnd()}${ELLIPSIS}`;
}
