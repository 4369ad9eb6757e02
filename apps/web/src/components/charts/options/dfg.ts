import { isolateBidi } from '@opencjm/core';
import type { Dfg } from '../../../api/analytics-schemas.ts';
import type { ChartOption } from '../echarts-setup.ts';

/** Spacing of the process map's layers and of the nodes in a layer, px. */
const LAYER_GAP = 200;
const NODE_GAP = 90;

/**
 * A left-to-right layout of a directly-follows graph: each activity's layer is its
 * shortest distance (in edges) from an activity nobody precedes, or from the most frequent
 * source when every activity has a predecessor (a cycle). `sink` (the virtual end) goes
 * to a layer of its own on the right.
 */
export function layeredLayout(edges: Dfg['edges'], sink?: string): Map<string, { x: number; y: number }> {
  const names = new Set<string>();
  const targets = new Set<string>();
  const next = new Map<string, string[]>();
  for (const edge of [...edges].sort((a, b) => b.count - a.count)) {
    names.add(edge.from).add(edge.to);
    if (edge.from !== edge.to) targets.add(edge.to);
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const roots = [...names].filter((name) => !targets.has(name));
  const start = roots.length > 0 ? roots : [...names].slice(0, 1);
  const layer = new Map<string, number>(start.map((name) => [name, 0]));
  const queue = [...start];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    for (const to of next.get(name) ?? []) {
      if (layer.has(to)) continue;
      layer.set(to, (layer.get(name) ?? 0) + 1);
      queue.push(to);
    }
  }
  if (sink !== undefined) layer.delete(sink);
  const deepest = Math.max(0, ...layer.values());
  for (const name of names) if (!layer.has(name)) layer.set(name, deepest + 1);
  const rows = new Map<number, number>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const [name, depth] of layer) {
    const row = rows.get(depth) ?? 0;
    rows.set(depth, row + 1);
    positions.set(name, { x: depth * LAYER_GAP, y: row * NODE_GAP });
  }
  return positions;
}

/** Names of the process map's virtual start and end nodes. */
export interface DfgEnds {
  start: string;
  end: string;
}

/**
 * The edges of the process map with the journeys' starts and ends as edges from a virtual
 * start node and to a virtual end node (their counts, no times).
 */
export function withEnds(dfg: Dfg, ends: DfgEnds): Dfg['edges'] {
  const from = Object.entries(dfg.start ?? {}).map(([to, count]) => ({ from: ends.start, to, count }));
  const to = Object.entries(dfg.end ?? {}).map(([from, count]) => ({ from, to: ends.end, count }));
  return [...from, ...dfg.edges, ...to];
}

/** The process map (directly-follows graph) as an ECharts graph; edges thicken with their count. */
export function dfgOption(dfg: Dfg, formatTime: (seconds: number) => string, ends: DfgEnds): ChartOption {
  // Names with bidi controls isolated, so none can reverse a count printed beside it.
  const edges = withEnds(dfg, ends).map((edge) => ({
    ...edge,
    from: isolateBidi(edge.from),
    to: isolateBidi(edge.to),
  }));
  const positions = layeredLayout(edges, ends.end);
  const most = Math.max(1, ...edges.map((edge) => edge.count));
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        symbol: 'roundRect',
        symbolSize: [120, 34],
        label: { show: true, fontSize: 11, overflow: 'truncate', width: 110 },
        edgeLabel: { show: true, fontSize: 10 },
        data: [...positions].map(([name, { x, y }]) => ({
          name,
          x,
          y,
          ...(name === ends.start || name === ends.end ? { symbol: 'circle', symbolSize: 40 } : {}),
        })),
        links: edges.map((edge) => ({
          source: edge.from,
          target: edge.to,
          label: {
            show: true,
            formatter:
              typeof edge.medianSeconds === 'number'
                ? `${edge.count} · ${formatTime(edge.medianSeconds)}`
                : String(edge.count),
          },
          lineStyle: { width: 1 + 5 * (edge.count / most), curveness: edge.from === edge.to ? 0.6 : 0.15 },
        })),
      },
    ],
  };
}
