import type { JourneyMap } from '@opencjm/core';
import { mapPersonas } from '../model/map-view.ts';
import { RenderOptions, type RenderOptionsInput } from '../options.ts';
import { type ReportNode, type Run, reportDocument } from './report-document.ts';

/**
 * Makes user text inert in Markdown: HTML is entity-escaped (Markdown passes raw HTML
 * through, so "<script>" would run in many viewers), inline markup characters are
 * backslash-escaped, and line breaks become <br> so a text never starts a new block.
 * Hand-written: no Markdown library is installed, and this is a dozen characters.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~]/g, '\\$&')
    .replace(/^(\s*)([-+=])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/\r?\n/g, '<br>');
}

function runs(items: readonly Run[]): string {
  return items
    .map((run) => (run.tag ? ` · _${escapeMarkdown(run.text)}_` : escapeMarkdown(run.text)))
    .join('');
}

function node(n: ReportNode): string {
  switch (n.kind) {
    case 'heading':
      return `${'#'.repeat(n.level)} ${escapeMarkdown(n.text)}`;
    case 'paragraph':
      return runs(n.runs);
    case 'list':
      return n.items.map((item) => `- ${runs(item)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      return [row(n.head), `|${n.head.map(() => ' --- |').join('')}`, ...n.rows.map(row)].join('\n');
    }
  }
}

/**
 * The map as a Markdown report: personas, stage by stage with cards and their evidence,
 * touchpoints, opportunities with owners and KPIs. Every text of the map is escaped.
 *
 * @example await writeFile('map.md', renderMarkdown(annaMap()));
 */
export function renderMarkdown(map: JourneyMap, options: RenderOptionsInput = {}): string {
  const opts = RenderOptions.parse(options);
  const doc = reportDocument(map, opts, mapPersonas(map, opts.personas ?? []));
  return `${doc.map(node).join('\n\n')}\n`;
}
