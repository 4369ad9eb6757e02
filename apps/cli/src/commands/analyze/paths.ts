import { Dimension, pathFlow, topPaths } from '@opencjm/engine';
import { percent, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice, count } from './options.ts';

/** `cjm analyze paths`: top whole paths, or the flows around an event with --from. */
export function registerPaths(kind: Kind): void {
  kind<{
    from?: string;
    direction: 'next' | 'previous';
    depth: number;
    top: number;
    limit: number;
    collapse: boolean;
    by: Dimension;
  }>('paths', 'top whole paths, or the flows after (before) an event with --from', async (store, map, o) => {
    if (o.from) {
      const flow = await pathFlow(store, {
        anchor: o.from,
        direction: o.direction,
        depth: o.depth,
        top: o.top,
        by: o.by,
        map,
        collapse: o.collapse,
      });
      const rows = flow.steps.flatMap((s) =>
        s.nodes.map((n) => [
          String(s.step),
          n.name,
          String(n.customers),
          percent(n.customers / flow.customers),
        ]),
      );
      return {
        json: flow,
        table: `${flow.customers} customers with ${flow.anchor}, ${flow.direction} steps\n${table(['Step', 'Node', 'Customers', 'Share'], rows, 'llrr')}`,
      };
    }
    const top = await topPaths(store, { by: o.by, map, collapse: o.collapse, limit: o.limit });
    const rows = top.paths.map((p, i) => [
      String(i + 1),
      String(p.customers),
      percent(p.share),
      p.steps.join(' → '),
    ]);
    rows.push([
      '',
      String(top.other.customers),
      percent(top.other.share),
      `(other: ${top.other.paths} paths)`,
    ]);
    return {
      json: top,
      table: `${top.customers} customers\n${table(['#', 'Customers', 'Share', 'Path'], rows, 'rrrl')}`,
    };
  })
    .option('--from <label>', 'show the flows around the first occurrence of this label')
    .option('--direction <dir>', 'next or previous', choice(['next', 'previous']), 'next')
    .option('--depth <n>', 'steps to follow', count, 3)
    .option('--top <n>', 'labels kept by name per step; the rest are "other"', count, 5)
    .option('--limit <n>', 'top paths to show', count, 10)
    .option('--no-collapse', 'keep consecutive repeats (A A B)')
    .option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event');
}
