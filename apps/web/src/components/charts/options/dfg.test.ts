import { describe, expect, it } from 'vitest';
import { dfgOption, layoutOf, nodeWidth, shade } from './dfg.ts';
import { dfgLinks, dfgNodes, END, filterDfg, keepCount, START } from './dfg-filter.ts';
import { edgeKey, layoutGraph } from './dfg-layout.ts';

/** Anna's shop: an ad or a search, the catalogue (sometimes twice), support, checkout, a review. */
const SHOP = {
  start: { ad: 860, search: 505 },
  end: { review: 640, checkout: 630, catalogue: 95 },
  edges: [
    { from: 'ad', to: 'catalogue', count: 860, medianSeconds: 120, meanSeconds: 120 },
    { from: 'search', to: 'catalogue', count: 505, medianSeconds: 60, meanSeconds: 60 },
    { from: 'catalogue', to: 'catalogue', count: 220, medianSeconds: 600, meanSeconds: 600 },
    { from: 'catalogue', to: 'checkout', count: 1175, medianSeconds: 172800, meanSeconds: 172800 },
    { from: 'catalogue', to: 'support', count: 95, medianSeconds: 3600, meanSeconds: 3600 },
    { from: 'support', to: 'checkout', count: 95, medianSeconds: 7200, meanSeconds: 7200 },
    { from: 'checkout', to: 'review', count: 640, medianSeconds: 1209600, meanSeconds: 1209600 },
  ],
};

const NAMES: Record<string, string> = {
  ad: 'Social ad',
  search: 'Search',
  catalogue: 'Catalogue',
  checkout: 'Checkout',
  support: 'Support chat',
  review: 'Review',
};
const TEXTS = {
  name: (id: string) => NAMES[id] ?? id,
  start: 'Start',
  end: 'End',
  nodeTip: (n: number) => `${n} events`,
  linkTip: (link: { count: number }) => `${link.count} times`,
};

describe('dfgNodes', () => {
  it("counts an activity's events as its starts plus its incoming edges, self-loops included", () => {
    const nodes = dfgNodes(SHOP);
    expect(nodes[0]).toEqual({ id: 'catalogue', count: 860 + 505 + 220 });
    expect(Object.fromEntries(nodes.map((n) => [n.id, n.count]))).toEqual({
      catalogue: 1585,
      checkout: 1270,
      ad: 860,
      review: 640,
      search: 505,
      support: 95,
    });
  });
});

describe('keepCount', () => {
  it('keeps at least one of something, and refuses a share outside 0…1', () => {
    expect(keepCount(10, 0)).toBe(1);
    expect(keepCount(10, 0.25)).toBe(3);
    expect(keepCount(0, 0.5)).toBe(0);
    expect(() => keepCount(10, 1.5)).toThrow(/share must be within 0…1, got 1.5/);
  });
});

describe('filterDfg', () => {
  it('shows everything at 100 % / 100 %', () => {
    const view = filterDfg(SHOP, { activities: 1, paths: 1 });
    expect(view.nodes).toHaveLength(6);
    expect(view.links).toHaveLength(dfgLinks(SHOP).length);
    expect(view.total).toEqual({ nodes: 6, links: 12 });
  });

  it('keeps the most frequent activities and only edges between shown ones', () => {
    const view = filterDfg(SHOP, { activities: 0.5, paths: 1 });
    expect(view.nodes.map((n) => n.id)).toEqual(['catalogue', 'checkout', 'ad']);
    const shown = new Set([START, END, 'catalogue', 'checkout', 'ad']);
    for (const link of view.links) expect(shown.has(link.from) && shown.has(link.to)).toBe(true);
    expect(view.links.some((l) => l.to === 'support' || l.from === 'search')).toBe(false);
  });

  it('at 0 % paths keeps each shown activity reachable by its strongest edge in and out', () => {
    const view = filterDfg(SHOP, { activities: 1, paths: 0 });
    expect(view.links.length).toBeLessThan(dfgLinks(SHOP).length);
    for (const node of view.nodes) {
      expect(view.links.some((l) => l.to === node.id && l.from !== l.to)).toBe(true);
      expect(view.links.some((l) => l.from === node.id && l.from !== l.to)).toBe(true);
    }
    // the weakest detour (catalogue → support, 95) is no one's strongest edge but support's own
    expect(view.links.find((l) => l.from === 'catalogue' && l.to === 'catalogue')).toBeUndefined();
  });

  it('shows fewer paths as the paths slider goes down', () => {
    const counts = [1, 0.6, 0.3, 0].map((paths) => filterDfg(SHOP, { activities: 1, paths }).links.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[3] as number);
  });
});

describe('layoutGraph', () => {
  it('places layers top to bottom along the flow, with no two boxes overlapping', () => {
    const view = filterDfg(SHOP, { activities: 1, paths: 1 });
    const layout = layoutOf(view, TEXTS);
    const y = (id: string) => layout.positions.get(id)?.y ?? Number.NaN;
    expect(y(START)).toBeLessThan(y('ad'));
    expect(y('ad')).toBeLessThan(y('catalogue'));
    expect(y('catalogue')).toBeLessThan(y('checkout'));
    expect(y('checkout')).toBeLessThan(y('review'));
    expect(y('review')).toBeLessThan(y(END));
    const boxes = view.nodes.map((n) => ({
      ...(layout.positions.get(n.id) ?? { x: 0, y: 0 }),
      w: nodeWidth(TEXTS.name(n.id)),
      h: 38,
    }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2;
        expect(apart).toBe(true);
      }
      expect(a.x - a.w / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w / 2).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.h / 2).toBeLessThanOrEqual(layout.height);
    }
  });

  it('routes every edge from the border of one box to the border of the next', () => {
    const view = filterDfg(SHOP, { activities: 1, paths: 1 });
    const layout = layoutOf(view, TEXTS);
    for (const link of view.links) {
      expect(layout.routes.get(edgeKey(link.from, link.to))?.length ?? 0).toBeGreaterThanOrEqual(2);
    }
    const route = layout.routes.get(edgeKey('catalogue', 'checkout')) ?? [];
    const checkout = layout.positions.get('checkout') ?? { x: 0, y: 0 };
    expect(route.at(-1)?.y).toBeCloseTo(checkout.y - 38 / 2, 0); // ends on the box's top border
  });

  it('lays out a cycle without failing', () => {
    const layout = layoutGraph(
      ['a', 'b', 'c'].map((id) => ({ id, width: 100, height: 30 })),
      [
        { from: 'a', to: 'b', count: 5 },
        { from: 'b', to: 'c', count: 4 },
        { from: 'c', to: 'a', count: 3 },
        { from: 'b', to: 'b', count: 1 },
      ],
    );
    expect(layout.positions.size).toBe(3);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('names an edge whose end is not in the graph', () => {
    expect(() =>
      layoutGraph([{ id: 'a', width: 10, height: 10 }], [{ from: 'a', to: 'ghost', count: 1 }]),
    ).toThrow(/a → ghost names a node not in the graph/);
  });
});

describe('dfgOption', () => {
  const view = filterDfg(SHOP, { activities: 1, paths: 1 });
  const layout = layoutOf(view, TEXTS);
  const option = dfgOption(view, layout, TEXTS);
  type Item = Record<string, unknown>;
  const [edges, boxes] = option.series as unknown as { data: Item[] }[];
  const edge = (from: string, to: string) =>
    edges?.data.find((e) => String(e.tip).startsWith(`${NAMES[from]} → ${NAMES[to]}<br>`));

  it('shows names, never ids, on the activities, and counts on hover', () => {
    const labels = boxes?.data.map((d) => d.name) ?? [];
    expect(labels).toContain('Catalogue');
    expect(labels).not.toContain('catalogue');
    expect(boxes?.data.find((d) => d.id === 'catalogue')?.tip).toBe('Catalogue<br>1585 events');
    expect(edge('catalogue', 'checkout')?.tip).toBe('Catalogue → Checkout<br>1175 times');
  });

  it('draws one edge per shown path, thicker the more often it is taken', () => {
    expect(edges?.data).toHaveLength(view.links.length);
    const style = option.series as unknown as { type: string }[];
    expect(style.map((s) => s.type)).toEqual(['custom', 'scatter']);
  });

  it('maps the layout 1 : 1 onto a hidden grid of the same size', () => {
    expect(option.grid).toMatchObject({ left: 0, top: 0, width: layout.width, height: layout.height });
    expect(option.xAxis).toMatchObject({ min: 0, max: layout.width });
    expect(option.yAxis).toMatchObject({ min: 0, max: layout.height, inverse: true });
  });

  it("outlines an activity in its stage's colour when the map places it in one", () => {
    const coloured = dfgOption(view, layout, {
      ...TEXTS,
      color: (id) => (id === 'checkout' ? '#fb8c00' : undefined),
    });
    const items = (coloured.series as unknown as { data: Item[] }[])[1]?.data ?? [];
    const border = (id: string) =>
      (items.find((d) => d.id === id)?.itemStyle as { borderColor?: string } | undefined)?.borderColor;
    expect(border('checkout')).toBe('#fb8c00');
    expect(border('catalogue')).toBe('#2f6fde');
  });

  it('shades frequent activities darker', () => {
    expect(shade(0)).toBe('#e7effd');
    expect(shade(1)).toBe('#2f6fde');
  });
});
