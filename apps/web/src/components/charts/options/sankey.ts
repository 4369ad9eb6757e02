import { isolateBidi } from '@opencjm/core';
import type { PathRow } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';
import { tooltipLines } from './html.ts';

/** How many of the most frequent paths the Sankey draws. */
export const MAX_PATHS = 10;

/**
 * How many paths to ask the server for: more than are drawn, since the most frequent paths
 * often have a single step (a customer who only saw an ad), which a Sankey cannot draw.
 */
export const PATHS_ASKED = 3 * MAX_PATHS;

/** Texts of the Sankey, already translated and formatted. */
export interface SankeyTexts {
  /** The name of a step key (a touchpoint's name, never its id). */
  name: (id: string) => string;
  /** A count of customers, e.g. "640 customers". */
  customers: (n: number) => string;
  /** A count as a bare number in the page's language, e.g. "1,270". */
  count: (n: number) => string;
  /** The colour of a step key (its stage's on the map); undefined leaves the chart's own. */
  color?: (id: string) => string | undefined;
}

/** The paths the Sankey draws: the most frequent ones with at least two steps. */
export function drawnPaths(paths: readonly PathRow[]): PathRow[] {
  return [...paths]
    .sort((a, b) => b.customers - a.customers)
    .filter((path) => path.steps.length >= 2)
    .slice(0, MAX_PATHS);
}

/**
 * How much of the customers the drawn paths cover: their number and share of `total`
 * (null when the server sent no total or it is zero).
 */
export function pathsCoverage(paths: readonly PathRow[], total: number | null) {
  const drawn = drawnPaths(paths);
  const customers = drawn.reduce((sum, path) => sum + path.customers, 0);
  return { paths: drawn.length, customers, share: total ? customers / total : null };
}

/**
 * Nodes and links of a Sankey of paths. A step is a node per position (key `2\u0000tp-cart`),
 * so a path visiting a step twice makes no cycle, which a Sankey cannot draw; the node shows
 * the step's name, its column tells the position.
 */
export function sankeyData(paths: readonly PathRow[], name: (id: string) => string = (id) => id) {
  const nodes = new Map<string, { id: string; name: string; step: string }>();
  const links = new Map<string, { source: string; target: string; value: number }>();
  for (const path of drawnPaths(paths)) {
    const keys = path.steps.map((step, i) => {
      const id = `${i + 1}\u0000${step}`;
      if (!nodes.has(id)) nodes.set(id, { id, name: isolateBidi(name(step)), step });
      return id;
    });
    for (let i = 0; i < keys.length - 1; i += 1) {
      const source = keys[i] as string;
      const target = keys[i + 1] as string;
      const key = `${source}\u0001${target}`;
      const link = links.get(key) ?? { source, target, value: 0 };
      link.value += path.customers;
      links.set(key, link);
    }
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

/**
 * The Sankey chart of the paths customers take: names and counts on the nodes, counts on
 * hover, each step in its stage's colour when `texts.color` knows it.
 */
export function sankeyOption(paths: readonly PathRow[], texts: SankeyTexts): ChartOption {
  const { nodes, links } = sankeyData(paths, texts.name);
  const stepName = new Map(nodes.map((node) => [node.id, texts.name(node.step)]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (!item) return '';
        const value = typeof item.value === 'number' ? item.value : 0;
        const data = item.data as { source?: string; target?: string; id?: string };
        if (item.dataType === 'edge' && data.source !== undefined && data.target !== undefined) {
          const from = stepName.get(data.source) ?? '';
          const to = stepName.get(data.target) ?? '';
          return tooltipLines([`${from} → ${to}`, texts.customers(value)]);
        }
        return tooltipLines([stepName.get(data.id ?? '') ?? '', texts.customers(value)]);
      },
    },
    series: [
      {
        type: 'sankey',
        data: nodes.map(({ id, name, step }) => {
          const color = texts.color?.(step);
          return color ? { id, name, itemStyle: { color } } : { id, name };
        }),
        links,
        left: 8,
        right: 160,
        top: 16,
        bottom: 16,
        nodeGap: 14,
        emphasis: { focus: 'adjacency' },
        nodeAlign: 'left',
        lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
        label: {
          fontSize: 12,
          // Plain text, not rich text: a name holding `{a|…}` must not be read as markup.
          formatter: (params) =>
            `${params.name} · ${texts.count(typeof params.value === 'number' ? params.value : 0)}`,
        },
      },
    ],
  };
}
