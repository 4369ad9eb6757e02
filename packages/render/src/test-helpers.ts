import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Readers the render tests check outputs with: an XML parser, Debian's pdftotext and the
 * PNG header. Test-only; nothing here ships.
 */

const parser = new XMLParser({
  ignoreAttributes: false,
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
});

/** Parses XML, failing the test with the validator's message when it is not well-formed. */
export function parseXml(xml: string): unknown[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(xml) as unknown[];
}

/** Element names and text nodes of a parsed (preserveOrder) XML tree. */
export function walkXml(
  tree: unknown,
  visit: { element?: (name: string) => void; text?: (text: string) => void },
) {
  if (Array.isArray(tree)) {
    for (const item of tree) walkXml(item, visit);
    return;
  }
  if (typeof tree !== 'object' || tree === null) return;
  for (const [key, value] of Object.entries(tree)) {
    if (key === ':@') continue;
    if (key === '#text') visit.text?.(String(value));
    else {
      visit.element?.(key);
      walkXml(value, visit);
    }
  }
}

/** All text of an XML document, entity-decoded, joined by newlines. */
export function xmlText(xml: string): string {
  const texts: string[] = [];
  walkXml(parseXml(xml), { text: (t) => texts.push(decodeEntities(t)) });
  return texts.join('\n');
}

/** Names of all elements in an XML document. */
export function xmlElements(xml: string): Set<string> {
  const names = new Set<string>();
  walkXml(parseXml(xml), { element: (n) => names.add(n) });
  return names;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

function tempFile(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'opencjm-render-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** The text of a PDF as pdftotext (poppler-utils) extracts it. */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', tempFile('map.pdf', pdf), '-'], { encoding: 'utf8' });
}

/** Page size of a PDF in points, from pdfinfo (poppler-utils). */
export function pdfPageSize(pdf: Uint8Array): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [tempFile('map.pdf', pdf)], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  return { width: Number(size?.[1]), height: Number(size?.[2]), pages: Number(pages?.[1]) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws when the signature is wrong. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!PNG_SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('not a PNG signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunk = String.fromCharCode(...png.slice(12, 16));
  if (chunk !== 'IHDR') throw new Error('first chunk is not IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** One word of a PDF page with its box in points, from `pdftotext -bbox` (poppler-utils). */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a PDF with its page (from 1) and box. */
export function pdfWords(pdf: Uint8Array): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', tempFile('map.pdf', pdf), '-'], {
    encoding: 'utf8',
  });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m)
      words.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: decodeEntities(m[5] ?? ''),
      });
  }
  return words;
}
