import { Dimension, variants } from '@opencjm/engine';
import { percent, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice, count } from './options.ts';

/** `cjm analyze variants`: whole journeys and how many customers share each. */
export function registerVariants(kind: Kind): void {
  kind<{ by: Dimension; limit?: number; collapse?: boolean }>(
    'variants',
    'whole journeys and how many share each',
    async (store, map, o) => {
      const result = await variants(store, { by: o.by, map, limit: o.limit, collapse: o.collapse ?? false });
      const rows = result.variants.map((v) => [
        String(v.count),
        percent(v.count / result.total),
        v.activities.join(' → '),
      ]);
      return {
        json: result,
        table: `${result.total} customers, ${result.distinct} variants\n${table(['Count', 'Share', 'Activities'], rows, 'rrl')}`,
      };
    },
  )
    .option('--by <dimension>', Dimension.options.join('|'), choice(Dimension.options), 'event')
    .option('--limit <n>', 'show only the most frequent', count)
    .option('--collapse', 'merge consecutive repeats');
}
