import { Dimension, dfg } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind } from './kind.ts';
import { parsers } from './options.ts';

/** `cjm analyze dfg`: the directly-follows graph, labels named from the map. */
export function registerDfg(kind: Kind, ui: Ui): void {
  const { choice } = parsers(ui);
  kind<{ by: Dimension }>('dfg', async (store, map, o, _args, { ui, names, period }) => {
    const graph = await dfg(store, { by: o.by, map, period });
    const { fmt } = ui;
    const t = ui.t.analyze.dfg;
    const name = (id: string) => names.of(o.by, id);
    const rows = () =>
      graph.edges.map((e) => [
        name(e.from),
        name(e.to),
        fmt.int(e.count),
        fmt.duration(e.medianSeconds),
        fmt.duration(e.meanSeconds),
      ]);
    const ends = (line: (list: string) => string, counts: Record<string, number>) =>
      line(
        Object.entries(counts)
          .map(([k, n]) => `${name(k)} ${fmt.int(n)}`)
          .join(', '),
      );
    const h = t.headers;
    return {
      json: graph,
      table: () =>
        `${table([h.from, h.to, h.count, h.median, h.mean], rows(), 'llrrr')}\n${ends(t.start, graph.start)}\n${ends(t.end, graph.end)}`,
    };
  }).option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event');
}
