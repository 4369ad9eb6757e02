import { Dimension, variants } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind } from './kind.ts';
import { parsers } from './options.ts';

/** `cjm analyze variants`: whole journeys and how many customers share each. */
export function registerVariants(kind: Kind, ui: Ui): void {
  const { choice, count } = parsers(ui);
  const h = ui.t.help.analyze.variants;
  kind<{ by: Dimension; limit?: number; collapse?: boolean }>('variants', async (store, map, o, _args, s) => {
    const result = await variants(store, {
      by: o.by,
      map,
      limit: o.limit,
      collapse: o.collapse ?? false,
      period: s.period,
    });
    const { fmt } = s.ui;
    const t = s.ui.t.analyze.variants;
    const rows = () =>
      result.variants.map((v) => [
        fmt.int(v.count),
        fmt.percent(v.count / result.total),
        v.activities.map((a) => s.names.of(o.by, a)).join(' → '),
      ]);
    return {
      json: result,
      table: () =>
        `${t.head(fmt.int(result.total), fmt.int(result.distinct))}\n${table([t.headers.count, t.headers.share, t.headers.path], rows(), 'rrl')}`,
    };
  })
    .option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event')
    .option('--limit <n>', h.limit, count)
    .option('--collapse', h.collapse);
}
