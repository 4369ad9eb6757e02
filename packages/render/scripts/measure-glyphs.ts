/**
 * Regenerates src/text/glyph-widths.ts: the advance widths of DejaVu Sans, the font the
 * pictures are drawn with. The SVG renderer must stay pure (no font files at run time),
 * so it wraps text with this measured table instead of opening the font.
 *
 * Run: `npx tsx packages/render/scripts/measure-glyphs.ts > packages/render/src/text/glyph-widths.ts`
 */
import PDFDocument from 'pdfkit';
import { requireFontFile } from '../src/raster/fonts.ts';

const RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x400, 0x45f],
  [0x2010, 0x203a],
];

const regular = new PDFDocument();
regular.font(requireFontFile('dejavu')).fontSize(1000);
const bold = new PDFDocument();
bold.font(requireFontFile('dejavuBold')).fontSize(1000);

const ranges = RANGES.map(([start, end]) => {
  const widths: number[] = [];
  for (let cp = start; cp <= end; cp++)
    widths.push(Math.round(regular.widthOfString(String.fromCodePoint(cp))));
  return { start, widths };
});
const sample = 'The quick brown fox jumps over the lazy dog Съешь же ещё этих мягких булок';
const boldFactor = bold.widthOfString(sample) / regular.widthOfString(sample);
const emoji = Math.round(regular.widthOfString('😀'));

const lines = [
  '/**',
  ' * Advance widths of DejaVu Sans in 1/1000 em, measured from the font file by',
  ' * scripts/measure-glyphs.ts (do not edit by hand). Code points outside these ranges are',
  ' * estimated in text-wrap.ts.',
  ' */',
  'export const GLYPH_WIDTH_RANGES: readonly { start: number; widths: readonly number[] }[] = [',
  ...ranges.map((r) => `  { start: 0x${r.start.toString(16)}, widths: [${r.widths.join(', ')}] },`),
  '];',
  '',
  '/** How much wider DejaVu Sans Bold runs than the regular face, on mixed Latin and Cyrillic text. */',
  `export const BOLD_FACTOR = ${boldFactor.toFixed(3)};`,
  '',
  '/** Width of an emoji face in DejaVu Sans, 1/1000 em. */',
  `export const EMOJI_WIDTH = ${emoji};`,
  '',
];
process.stdout.write(lines.join('\n'));
