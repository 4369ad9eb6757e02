import { measureText } from '../text/text-wrap.ts';

/** Cell inset of pptxgenjs tables, points each side (0.1 in). */
const CELL_INSET = 7.2;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** The widest word of the texts at this size, points. */
function widestWord(texts: readonly string[], size: number, bold: boolean): number {
  let widest = 0;
  for (const text of texts)
    for (const { segment, isWordLike } of words.segment(text))
      if (isWordLike) widest = Math.max(widest, measureText(segment, size, bold));
  return widest;
}

/**
 * Column widths (inches) of a slide table `total` inches wide: each column at least as wide
 * as its widest word (the header's in bold), so PowerPoint never breaks a word, and the
 * rest shared out by `weights`. When even the words do not fit, the widths are the words'
 * and the caller splits the table (fewer columns) instead.
 */
export function tableColumns(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  total: number,
  weights: readonly number[],
  size: number,
): number[] {
  const minimum = head.map((title, c) => {
    const body = widestWord(
      rows.map((row) => row[c] ?? ''),
      size,
      false,
    );
    return (Math.max(widestWord([title], size, true), body) + 2 * CELL_INSET + 4) / 72;
  });
  const spare = total - minimum.reduce((a, b) => a + b, 0);
  if (spare <= 0) return minimum;
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  return minimum.map((m, c) => m + (spare * (weights[c] ?? 0)) / weightSum);
}
