import PDFDocument from 'pdfkit';
import SVGtoPDF, { type FontOptions } from 'svg-to-pdfkit';
import { z } from 'zod';
import { requireFontFile } from './fonts.ts';
import { pageSlices } from './pdf-pages.ts';
import { keepParts } from './svg-parts.ts';

/**
 * Page of the PDF: A4, US Letter or A3 landscape, the map filling the page width (taller
 * maps continue on more pages, cut between rows), or a page the size of the map.
 */
export const PdfPage = z.enum(['a4', 'letter', 'a3', 'fit']);
export type PdfPage = z.infer<typeof PdfPage>;

export interface PdfOptions {
  page?: PdfPage;
  /** Document title in the PDF metadata. */
  title?: string;
}

/** Landscape page sizes in PDF points (1/72 in). */
const PAGES = { a4: [841.89, 595.28], letter: [792, 612], a3: [1190.55, 841.89] } as const;
const MARGIN = 24;
/** SVG px are CSS px: 96 per inch, PDF points are 72. */
const PT_PER_PX = 72 / 96;

const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', cjk: 'WenQuanYiZenHei' } as const;

/** The width and height of an SVG made by renderMapSvg / renderTimelineSvg (root attributes). */
function svgSize(svg: string): { width: number; height: number; breaks: number[]; cuts: number[] } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The SVG has no width and height attributes on its root');
  const list = (name: string) =>
    (new RegExp(`\\s${name}="([\\d. ]*)"`).exec(root)?.[1] ?? '').split(' ').filter(Boolean).map(Number);
  return { width, height, breaks: list('data-page-breaks'), cuts: list('data-page-cuts') };
}

/**
 * The picture as one page shows it: rows (between `breaks`, in order) and the header that
 * reach into [top, bottom]; the others are left out (see svg-parts.ts). A picture without
 * breaks is kept whole.
 */
function onPage(svg: string, breaks: readonly number[], top: number, bottom: number): string {
  const [first] = breaks;
  if (first === undefined) return svg;
  return keepParts(
    svg,
    top < first,
    (i) => {
      const start = breaks[i] ?? 0;
      const end = breaks[i + 1] ?? Number.POSITIVE_INFINITY;
      return start < bottom && end > top;
    },
    [top, bottom],
  );
}

/**
 * The scale of the picture on the page: the page's width, unless the whole picture then
 * needs a second page while it would fit one at three quarters of that width or more —
 * then one page, its height filled. Otherwise rows continue on the next pages.
 */
function pageScale(natural: { width: number; height: number }, width: number, height: number): number {
  const byWidth = width / natural.width;
  const byHeight = height / natural.height;
  return byHeight < byWidth && byHeight >= 0.75 * byWidth ? byHeight : byWidth;
}

/**
 * Picks the registered font for an SVG font-family list: the first family we know.
 * Zen Hei has no bold face; the SVG already outlines its bold text, so no faux bold here.
 */
function pickFont(family: string, bold: boolean, italic: boolean, options: FontOptions): string {
  options.fauxItalic = italic;
  const first = family
    .split(',')
    .map((f) => f.trim().replace(/^['"]|['"]$/g, ''))
    .find((f) => f === 'DejaVu Sans' || f === 'WenQuanYi Zen Hei');
  if (first === 'WenQuanYi Zen Hei') return FONT.cjk;
  return bold ? FONT.bold : FONT.regular;
}

/** Only embedded images: a link must never make the PDF writer read a local file. */
function embeddedOnly(link: string): string {
  return /^data:image\/(png|jpe?g);base64,/i.test(link) ? link : '';
}

/**
 * A vector PDF of an SVG (pdfkit + svg-to-pdfkit): text stays text, in DejaVu Sans and
 * WenQuanYi Zen Hei, so Cyrillic and Chinese can be searched and copied. On a paper page
 * the picture fills the width between the margins; what does not fit the page's height
 * continues on the next page, cut between rows (`data-page-breaks`) or between the cards of
 * a row (`data-page-cuts`), under the stage names repeated; cards off a page are left out of
 * it, so each card's text is there once.
 *
 * @throws MissingFontError when a font file is not installed (names the Debian package)
 */
export async function svgToPdf(svg: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const page = options.page ?? 'a4';
  const size = svgSize(svg);
  const natural = { width: size.width * PT_PER_PX, height: size.height * PT_PER_PX };
  const [pageWidth, pageHeight] =
    page === 'fit' ? [natural.width + 2 * MARGIN, natural.height + 2 * MARGIN] : PAGES[page];
  const scale = pageScale(natural, pageWidth - 2 * MARGIN, pageHeight - 2 * MARGIN);
  const width = natural.width * scale;
  const height = natural.height * scale;
  /** SVG px → PDF points on the page. */
  const k = PT_PER_PX * scale;
  // The stage names: the first part after the header (between the first two breaks).
  const [b0, b1] = size.breaks;
  const stageRow: [number, number] | undefined = b0 !== undefined && b1 !== undefined ? [b0, b1] : undefined;
  const repeated = stageRow && page !== 'fit' ? stageRow[1] - stageRow[0] : 0;
  const slices = pageSlices(
    size.height,
    (pageHeight - 2 * MARGIN) / k,
    [...size.breaks, ...size.cuts],
    repeated,
  );

  const doc = new PDFDocument({
    size: [pageWidth, pageHeight],
    margin: 0,
    autoFirstPage: false,
    info: { Title: options.title ?? '' },
  });
  doc.registerFont(FONT.regular, requireFontFile('dejavu'));
  doc.registerFont(FONT.bold, requireFontFile('dejavuBold'));
  doc.registerFont(FONT.cjk, requireFontFile('zenhei'), 'WenQuanYiZenHei');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const draw = (part: string, x: number, y: number) =>
    SVGtoPDF(doc, part, x, y, {
      width,
      height,
      assumePt: true,
      preserveAspectRatio: 'xMidYMin meet',
      fontCallback: pickFont,
      imageCallback: embeddedOnly,
      // Its warnings concern photos it cannot load; the generated avatar under them shows instead.
      warningCallback: () => {},
    });
  const left = (pageWidth - width) / 2;
  slices.forEach(([top, bottom], index) => {
    doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
    // Pages after the first start with the stage names again, so every column is named.
    const head = index > 0 && stageRow ? stageRow : undefined;
    const headHeight = head ? (head[1] - head[0]) * k : 0;
    if (head) {
      doc.save();
      doc.rect(left, MARGIN, width, headHeight).clip();
      draw(onPage(svg, size.breaks, head[0], head[1]), left, MARGIN - head[0] * k);
      doc.restore();
    }
    doc.save();
    doc.rect(left, MARGIN + headHeight, width, (bottom - top) * k).clip();
    draw(onPage(svg, size.breaks, top, bottom), left, MARGIN + headHeight - top * k);
    doc.restore();
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
