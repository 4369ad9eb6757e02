import { Dimension, dwell } from '@opencjm/engine';
import { duration, percent, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice } from './options.ts';

/** `cjm analyze dwell`: time at each touchpoint, channel or stage, and exits. */
export function registerDwell(kind: Kind): void {
  kind<{ by?: Dimension; gap: string }>(
    'dwell',
    'time at each touchpoint, channel or stage, and exits',
    async (store, map, o) => {
      const result = await dwell(store, { by: o.by, map, gap: o.gap });
      const rows = result.rows.map((r) => [
        r.name,
        String(r.events),
        String(r.customers),
        duration(r.medianSeconds),
        duration(r.p90Seconds),
        String(r.exits),
        percent(r.exitRate),
        String(r.customersLeft),
      ]);
      return {
        json: result,
        table: `sessions end after ${duration(result.gapSeconds)} of inactivity\n${table(['Name', 'Events', 'Customers', 'Median', 'P90', 'Exits', 'Exit rate', 'Left'], rows, 'lrrrrrrr')}`,
      };
    },
  )
    .option(
      '--by <dimension>',
      `${Dimension.options.join('|')} (default: touchpoint with --map, else channel)`,
      choice(Dimension.options),
    )
    .option('--gap <span>', 'inactivity that ends a session', '30m');
}
