/**
 * Cuts a picture `height` px tall into page slices at most `capacity` px tall, each cut at
 * the lowest allowed break that still fits (rows stay whole); a row taller than a page is
 * cut where the page ends, and starts on the page before rather than leave it empty. Returns [top, bottom] pairs in picture px, top to bottom.
 *
 * @example pageSlices(1000, 600, [100, 450, 700]) // [[0, 450], [450, 1000]]
 */
export function pageSlices(
  height: number,
  capacity: number,
  breaks: readonly number[],
  /** Room the pages after the first give to a repeated header, px. */
  repeated = 0,
): [number, number][] {
  if (!(capacity > 0) || !(capacity - repeated > 0)) throw new Error('page capacity must be positive');
  const cuts = [...breaks].filter((b) => b > 0 && b < height).sort((a, b) => a - b);
  const slices: [number, number][] = [];
  let top = 0;
  // Half a pixel of slack: break positions are rounded to whole px.
  const room = () => (slices.length === 0 ? capacity : capacity - repeated);
  while (height - top > room() + 0.5) {
    const limit = top + room();
    let cut = cuts.filter((b) => b > top && b <= limit).pop() ?? limit;
    // A row that would not fit a page of its own anyway is cut where this page ends.
    const rowEnd = cuts.find((b) => b > cut) ?? height;
    if (rowEnd - cut > capacity - repeated) cut = limit;
    slices.push([top, cut]);
    top = cut;
  }
  slices.push([top, height]);
  return slices;
}
