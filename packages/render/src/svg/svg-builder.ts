import { escapeXml } from '../text/escape.ts';
import { hasWideGlyphs, wrapText } from '../text/text-wrap.ts';
import { FONT_FAMILY_CJK } from './theme.ts';

/**
 * A tiny SVG string builder. Every attribute value and text passes through escapeXml, so
 * no caller can forget to escape user text. Strings, not a DOM: the renderer stays pure
 * and runs the same in Node and the browser.
 */

export type Attrs = Record<string, string | number | undefined>;

/** A number with at most two decimals and no trailing zeros, so output is stable and short. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
}

/** An element; `children` is already-built SVG markup (never raw user text). */
export function el(name: string, attributes: Attrs, children?: string): string {
  if (children === undefined || children === '') return `<${name}${attrs(attributes)}/>`;
  return `<${name}${attrs(attributes)}>${children}</${name}>`;
}

/** A <title> (the tooltip, and the full text of a cut card). */
export function title(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

export interface TextStyle {
  fontSize: number;
  fill: string;
  bold?: boolean;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  /** Distance between baselines, px; defaults to 1.3 × fontSize. */
  lineHeight?: number;
}

/**
 * Lines of text whose first baseline is at y. Each line is a <tspan> with its own x and y,
 * which resvg, svg-to-pdfkit and browsers all place the same way.
 */
export function textLines(lines: readonly string[], x: number, y: number, style: TextStyle): string {
  if (lines.length === 0) return '';
  const lineHeight = style.lineHeight ?? style.fontSize * 1.3;
  const spans = lines
    .map((line, i) => `<tspan x="${num(x)}" y="${num(y + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  const wide = hasWideGlyphs(lines.join(''));
  // Zen Hei has no bold face; a thin outline in the text colour thickens the strokes instead.
  const fauxBold = wide && style.bold;
  return `<text${attrs({
    'font-family': wide ? FONT_FAMILY_CJK : undefined,
    'font-size': style.fontSize,
    'font-weight': style.bold ? 'bold' : undefined,
    'font-style': style.italic ? 'italic' : undefined,
    'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    fill: style.fill,
    stroke: fauxBold ? style.fill : undefined,
    'stroke-width': fauxBold ? style.fontSize * 0.04 : undefined,
  })}>${spans}</text>`;
}

/**
 * Something measured that can be drawn later at any position: layout asks for heights
 * first, then places blocks.
 */
export interface Block {
  width: number;
  height: number;
  draw(x: number, y: number): string;
  /**
   * The parts a page may not cut through, top and height relative to the block's top (the
   * cards of a cell); a page may cut between them. Absent: the block is one piece.
   */
  pieces?: readonly { top: number; height: number }[];
}

/**
 * Blocks one under another with a gap; the stack is as wide as its widest block. With
 * `pieces`, each block is drawn in a `<g data-piece="top bottom">` (absolute px) and listed
 * in the stack's pieces, so a paged PDF can cut between them and leave out the ones off a
 * page.
 */
export function stack(blocks: readonly Block[], gap: number, options: { pieces?: boolean } = {}): Block {
  const height = blocks.reduce((sum, b) => sum + b.height, 0) + gap * Math.max(0, blocks.length - 1);
  const tops: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    tops.push(offset);
    offset += block.height + gap;
  }
  const pieces = options.pieces ? blocks.map((b, i) => ({ top: tops[i] ?? 0, height: b.height })) : undefined;
  return {
    width: Math.max(0, ...blocks.map((b) => b.width)),
    height,
    ...(pieces ? { pieces } : {}),
    draw(x, y) {
      return blocks
        .map((block, i) => {
          const top = y + (tops[i] ?? 0);
          const out = block.draw(x, top);
          return options.pieces ? piece(top, top + block.height, out) : out;
        })
        .join('');
    },
  };
}

/** A part of the picture a page may leave out whole: `data-piece` holds its top and bottom, px. */
export function piece(top: number, bottom: number, content: string): string {
  return el('g', { 'data-piece': `${num(top)} ${num(bottom)}` }, content);
}

/** Text wrapped to a width, as a block; maxLines cuts it with "…". */
export function paragraph(text: string, width: number, style: TextStyle, maxLines?: number): Block {
  const { lines } = wrapText(text, { maxWidth: width, fontSize: style.fontSize, bold: style.bold, maxLines });
  const lineHeight = style.lineHeight ?? style.fontSize * 1.3;
  return {
    width,
    height: lines.length * lineHeight,
    draw: (x, y) => textLines(lines, x, y + style.fontSize, style),
  };
}
