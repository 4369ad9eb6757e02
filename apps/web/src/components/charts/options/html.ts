/**
 * Text made safe for an ECharts tooltip, which ECharts sets as HTML: map and customer names
 * are user content.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Tooltip lines as HTML: each escaped, one per line. */
export function tooltipLines(lines: readonly string[]): string {
  return lines.map(escapeHtml).join('<br>');
}
