import { Dimension, pathFlow, topPaths } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind } from './kind.ts';
import { parsers } from './options.ts';

interface Options {
  from?: string;
  direction: 'next' | 'previous';
  depth: number;
  top: number;
  limit: number;
  collapse: boolean;
  by: Dimension;
}

/** `cjm analyze paths`: top whole paths, or the flows around an event with --from. */
export function registerPaths(kind: Kind, ui: Ui): void {
  const { choice, count } = parsers(ui);
  const h = ui.t.help.analyze.paths;
  kind<Options>('paths', async (store, map, o, _args, { ui, names, period }) => {
    const { fmt } = ui;
    const t = ui.t.analyze.paths;
    const name = (label: string) => names.of(o.by, label);
    if (o.from) {
      const flow = await pathFlow(store, {
        anchor: o.from,
        direction: o.direction,
        depth: o.depth,
        top: o.top,
        by: o.by,
        map,
        collapse: o.collapse,
        period,
      });
      const rows = flow.steps.flatMap((s) =>
        s.nodes.map((n) => [
          String(s.step),
          n.kind === 'other' ? t.otherLabel : n.kind === 'drop-off' ? t.dropOff : name(n.name),
          fmt.int(n.customers),
          fmt.percent(flow.customers === 0 ? null : n.customers / flow.customers),
        ]),
      );
      const head = t.flowHead(fmt.int(flow.customers), name(flow.anchor), flow.direction === 'next');
      const hd = t.headers;
      return {
        json: flow,
        table: `${head}\n${table([hd.step, hd.node, hd.customers, hd.share], rows, 'llrr')}`,
      };
    }
    const top = await topPaths(store, { by: o.by, map, collapse: o.collapse, limit: o.limit, period });
    const rows = top.paths.map((p, i) => [
      String(i + 1),
      fmt.int(p.customers),
      fmt.percent(p.share),
      p.steps.map(name).join(' → '),
    ]);
    rows.push([
      '',
      fmt.int(top.other.customers),
      fmt.percent(top.other.share),
      t.other(fmt.int(top.other.paths)),
    ]);
    const hd = t.headers;
    return {
      json: top,
      table: `${t.head(fmt.int(top.customers))}\n${table(['#', hd.customers, hd.share, hd.path], rows, 'rrrl')}`,
    };
  })
    .option('--from <label>', h.from)
    .option('--direction <dir>', h.direction, choice(['next', 'previous']), 'next')
    .option('--depth <n>', h.depth, count, 3)
    .option('--top <n>', h.top, count, 5)
    .option('--limit <n>', h.limit, count, 10)
    .option('--no-collapse', h.noCollapse)
    .option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event');
}
