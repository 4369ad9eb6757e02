import { isolateBidi } from '@opencjm/core';
import type { PathRow } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';

/** How many of the most frequent paths the Sankey draws. */
export const MAX_PATHS = 25;

/**
 * Nodes and links of a Sankey of paths. A step is a node per position (`1 · Site`,
 * `2 · Site`), so a path visiting a step twice makes no cycle, which a Sankey cannot draw.
 */
export function sankeyData(paths: readonly PathRow[]) {
  const nodes = new Set<string>();
  const links = new Map<string, { source: string; target: string; value: number }>();
  const top = [...paths].sort((a, b) => b.customers - a.customers).slice(0, MAX_PATHS);
  for (const path of top) {
    const names = path.steps.map((step, i) => `${i + 1} · ${isolateBidi(step)}`);
    for (const name of names) nodes.add(name);
    for (let i = 0; i < names.length - 1; i += 1) {
      const source = names[i] as string;
      const target = names[i + 1] as string;
      const key = `${source}\u0000${target}`;
      const link = links.get(key) ?? { source, target, value: 0 };
      link.value += path.customers;
      links.set(key, link);
    }
  }
  return { nodes: [...nodes].map((name) => ({ name })), links: [...links.values()] };
}

/** The Sankey chart of the paths customers take. */
export function sankeyOption(paths: readonly PathRow[]): ChartOption {
  const { nodes, links } = sankeyData(paths);
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        data: nodes,
        links,
        emphasis: { focus: 'adjacency' },
        nodeAlign: 'left',
        lineStyle: { color: 'gradient', curveness: 0.5 },
        label: { fontSize: 11 },
      },
    ],
  };
}
