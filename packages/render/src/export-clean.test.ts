import type { JourneyMap } from '@opencjm/core';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExportFormat, exportMap } from './export.ts';
import { annaMap } from './test-fixtures.ts';
import { parseXml } from './test-helpers.ts';
import { renderTimelineSvg } from './timeline/render-timeline-svg.ts';

/** What pasting from Word and hostile names put into a map. */
const VT = '\u000B';
const RLO = '\u202E';
function dirtyMap(): JourneyMap {
  const map = annaMap();
  const [first, ...rest] = map.cards;
  return {
    ...map,
    title: `Anna${VT}buys a laptop\u0001`,
    stages: map.stages.map((s, i) => (i === 0 ? { ...s, name: `${RLO}Search 42` } : s)),
    cards: first ? [{ ...first, text: `Line one${VT}line two\u0007 bell \uFFFF end\u0085` }, ...rest] : rest,
  };
}

/** Characters (or character references) XML 1.0 forbids, found in a document. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding forbidden control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&#(x0*[0-8bcef]|x0*1[0-9a-f]|0*([0-8]|1[1-24-9]|2\d|3[01]));/i;

async function xmlParts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
  return Promise.all(parts.map(async (f) => [f.name, await f.async('string')] as [string, string]));
}

describe('exports clean control characters', () => {
  it.each(['pptx', 'xlsx'] as const)(
    '%s: every XML part is well-formed XML 1.0 after a vertical tab',
    async (format) => {
      const parts = await xmlParts((await exportMap(dirtyMap(), format)) as Uint8Array);
      expect(parts.length).toBeGreaterThan(3);
      for (const [name, xml] of parts) {
        expect({ name, forbidden: FORBIDDEN.exec(xml)?.[0] ?? null }).toEqual({ name, forbidden: null });
        expect(() => parseXml(xml)).not.toThrow();
      }
      const all = parts.map(([, xml]) => xml).join('\n');
      expect(all).toContain('line two');
    },
  );

  it.each(ExportFormat.options.filter((f) => !['png', 'pdf', 'pptx', 'xlsx'].includes(f)))(
    '%s: no control character but tab and newline survives; the vertical tab is a line break',
    async (format) => {
      const out = (await exportMap(dirtyMap(), format)) as string;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters that must be gone
      expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
      if (format === 'svg') expect(() => parseXml(out)).not.toThrow();
    },
  );

  it('isolates a right-to-left override in a name so that it cannot reverse what follows', async () => {
    for (const format of ['svg', 'md', 'csv', 'html'] as const) {
      const out = (await exportMap(dirtyMap(), format)) as string;
      expect(out).toContain(`\u2068${RLO}Search 42\u2069`);
    }
    const pptx = (await xmlParts((await exportMap(dirtyMap(), 'pptx')) as Uint8Array))
      .map(([, x]) => x)
      .join('');
    expect(pptx).toContain(`\u2068${RLO}Search 42\u2069`);
  });

  it('cleans the customer timeline the same way', () => {
    const svg = renderTimelineSvg(
      [{ ts: '2026-03-01T10:00:00Z', event: `${RLO}page_view`, channel: `web${VT}site\u0000` }],
      { customer: `Anna${VT}K` },
    );
    expect(() => parseXml(svg)).not.toThrow();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters that must be gone
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C]/);
    expect(svg).toContain(`\u2068${RLO}page_view\u2069`);
  });
});
