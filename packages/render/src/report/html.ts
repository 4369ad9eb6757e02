import type { JourneyMap } from '@opencjm/core';
import { mapPersonas } from '../model/map-view.ts';
import { RenderOptions, type RenderOptionsInput } from '../options.ts';
import { renderMapSvg } from '../svg/render-map-svg.ts';
import { FONT_FAMILY } from '../svg/theme.ts';
import { escapeXml } from '../text/escape.ts';
import { type ReportNode, type Run, reportDocument } from './report-document.ts';

const STYLE = `
body { font-family: ${FONT_FAMILY}; color: #1f2933; margin: 24px 16px; line-height: 1.45; }
.report { max-width: 1100px; margin: 0 auto; }
.map { border: 1px solid #d9dee4; border-radius: 6px; margin: 16px 0 24px; }
.map svg { display: block; width: 100%; height: auto; }
.tag { display: inline-block; font-size: 12px; background: #eef2f7; border-radius: 9px; padding: 0 8px; margin-left: 6px; color: #3e4c59; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #d9dee4; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
`;

/**
 * No script, no outside request: even if some text slipped through unescaped, the browser
 * would not run it. Photos may come from https or data: URIs.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:";

function text(value: string): string {
  return escapeXml(value).replace(/\r?\n/g, '<br>');
}

function runs(items: readonly Run[]): string {
  return items
    .map((run) => (run.tag ? `<span class="tag">${text(run.text)}</span>` : text(run.text)))
    .join('');
}

function node(n: ReportNode): string {
  switch (n.kind) {
    case 'heading':
      return `<h${n.level}>${text(n.text)}</h${n.level}>`;
    case 'paragraph':
      return `<p>${runs(n.runs)}</p>`;
    case 'list':
      return `<ul>${n.items.map((item) => `<li>${runs(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = n.head.map((cell) => `<th>${text(cell)}</th>`).join('');
      const rows = n.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${text(cell)}</td>`).join('')}</tr>`)
        .join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

/**
 * The map as one self-contained HTML page: the SVG picture inline, as wide as the window
 * (scaled by its viewBox, no sideways scrolling), then the same report as the Markdown export. Every text is escaped; a Content-Security-Policy forbids scripts.
 *
 * @example await writeFile('map.html', renderHtml(annaMap(), { lang: 'en' }));
 */
export function renderHtml(map: JourneyMap, options: RenderOptionsInput = {}): string {
  const opts = RenderOptions.parse(options);
  const lang = opts.lang ?? map.language;
  const [heading, ...rest] = reportDocument(map, opts, mapPersonas(map, opts.personas ?? []));
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(map.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<div class="report">${heading ? node(heading) : ''}</div>`,
    `<div class="map">${renderMapSvg(map, opts)}</div>`,
    `<div class="report">${rest.map(node).join('\n')}</div>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
