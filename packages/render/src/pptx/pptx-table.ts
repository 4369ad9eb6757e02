import { measureText, wrapText } from '../text/text-wrap.ts';

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

/**
 * Rows of a table grouped into slides: as many rows as fit `height` inches under the
 * header at `size` pt in columns `colW` inches wide (each row as tall as its fullest cell),
 * at least one per slide. The text is never made smaller; the table continues instead.
 */
export function pageRows<R extends readonly string[]>(
  head: readonly string[],
  rows: readonly R[],
  colW: readonly number[],
  size: number,
  height: number,
): R[][] {
  const rowHeight = (cells: readonly string[]) =>
    Math.max(
      ...cells.map((text, c) => {
        const width = (colW[c] ?? 1) * 72 - 2 * CELL_INSET;
        const lines = text === '' ? 1 : wrapText(text, { maxWidth: width, fontSize: size }).lines.length;
        // Cell insets top and bottom are 0.05 in each (pptxgenjs' default).
        return (lines * size * 1.2 + 7.2) / 72;
      }),
    );
  const pages: R[][] = [];
  let page: R[] = [];
  let used = rowHeight(head);
  for (const row of rows) {
    const h = rowHeight(row);
    if (page.length > 0 && used + h > height) {
      pages.push(page);
      page = [];
      used = rowHeight(head);
    }
    page.push(row);
    used += h;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
