/**
 * Leaves parts of a map picture out of one PDF page: the header (`<g data-part="header">`),
 * the rows (`<g data-row="…">`, in picture order) and the cards and lane titles of a row cut
 * between pages (`<g data-piece="top bottom">`). A page clips what lies outside it,
 * but clipped text would still be found by search and copy, so rows off the page are
 * removed instead of only hidden.
 */

/** The end of the element that opens at `start` (a `<g`), nested groups included. */
function groupEnd(svg: string, start: number): number {
  const tag = /<g\b[^>]*?(\/?)>|<\/g>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    if (m[0] === '</g>') depth--;
    else if (m[1] !== '/') depth++;
    if (depth === 0) return tag.lastIndex;
  }
  return svg.length;
}

/** Start and end of every `<g data-row>` group, in order; then of the header group. */
export function svgParts(svg: string): { rows: [number, number][]; header?: [number, number] } {
  const rows: [number, number][] = [];
  const opening = /<g data-row="/g;
  for (let m = opening.exec(svg); m; m = opening.exec(svg)) {
    const end = groupEnd(svg, m.index);
    rows.push([m.index, end]);
    opening.lastIndex = end;
  }
  const head = svg.indexOf('<g data-part="header"');
  return head < 0 ? { rows } : { rows, header: [head, groupEnd(svg, head)] };
}

/** Start, end, top and bottom (px) of every `<g data-piece="top bottom">` group. */
function pieces(svg: string): { range: [number, number]; top: number; bottom: number }[] {
  const out: { range: [number, number]; top: number; bottom: number }[] = [];
  const opening = /<g data-piece="([\d.-]+) ([\d.-]+)"/g;
  for (let m = opening.exec(svg); m; m = opening.exec(svg)) {
    const end = groupEnd(svg, m.index);
    out.push({ range: [m.index, end], top: Number(m[1]), bottom: Number(m[2]) });
    opening.lastIndex = end;
  }
  return out;
}

/**
 * The picture without the header (when `header` is false), without the rows not kept and
 * without the pieces (cards, lane titles) that lie wholly outside [top, bottom].
 */
export function keepParts(
  svg: string,
  header: boolean,
  keepRow: (index: number) => boolean,
  slice: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): string {
  const parts = svgParts(svg);
  const dropped: [number, number][] = parts.rows.filter((_, i) => !keepRow(i));
  const within = (at: number) => dropped.some(([a, b]) => at >= a && at < b);
  const cuts: [number, number][] = [...dropped];
  for (const p of pieces(svg)) {
    if ((p.bottom <= slice[0] || p.top >= slice[1]) && !within(p.range[0])) cuts.push(p.range);
  }
  if (!header && parts.header) cuts.push(parts.header);
  cuts.sort((a, b) => b[0] - a[0]);
  let out = svg;
  for (const [start, end] of cuts) out = out.slice(0, start) + out.slice(end);
  return out;
}
