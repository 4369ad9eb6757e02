import { Dimension, dfg } from '@opencjm/engine';
import { duration, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice } from './options.ts';

/** `cjm analyze dfg`: the directly-follows graph. */
export function registerDfg(kind: Kind): void {
  kind<{ by: Dimension }>('dfg', 'directly-follows graph', async (store, map, o) => {
    const graph = await dfg(store, { by: o.by, map });
    const rows = graph.edges.map((e) => [
      e.from,
      e.to,
      String(e.count),
      duration(e.medianSeconds),
      duration(e.meanSeconds),
    ]);
    const ends = (label: string, counts: Record<string, number>) =>
      `${label}: ${Object.entries(counts)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`;
    return {
      json: graph,
      table: `${table(['From', 'To', 'Count', 'Median', 'Mean'], rows, 'llrrr')}\n${ends('start', graph.start)}\n${ends('end', graph.end)}`,
    };
  }).option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event');
}
