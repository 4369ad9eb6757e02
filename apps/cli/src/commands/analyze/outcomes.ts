import { Dimension, outcomes } from '@opencjm/engine';
import { duration, percent, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice } from './options.ts';

/** `cjm analyze outcomes`: what comes before an outcome more (or less) often. */
export function registerOutcomes(kind: Kind): void {
  kind<{ outcome: string; within?: string; by?: Dimension }>(
    'outcomes',
    'what comes before an outcome more (or less) often',
    async (store, map, o) => {
      const result = await outcomes(store, { outcome: o.outcome, within: o.within, by: o.by, map });
      const rows = result.rows.map((r) => [
        r.name,
        String(r.converted),
        String(r.notConverted),
        percent(r.shareConverted),
        percent(r.shareNotConverted),
        r.lift === null ? '—' : r.lift.toFixed(2),
        r.pValue.toPrecision(3),
      ]);
      const head = `${result.outcome}${result.withinSeconds ? ` within ${duration(result.withinSeconds)}` : ''}: ${result.converted} converted, ${result.notConverted} not; p: two-sided Fisher exact test`;
      return {
        json: result,
        table: `${head}\n${table(['Label', 'Converted', 'Others', 'Share conv.', 'Share others', 'Lift', 'p'], rows, 'lrrrrrr')}`,
      };
    },
  )
    .requiredOption('--outcome <event>', 'the outcome event, e.g. purchase')
    .option('--within <span>', 'look back this far before the outcome (default: whole journey)')
    .option(
      '--by <dimension>',
      `${Dimension.options.join('|')} (default: touchpoint with --map, else event)`,
      choice(Dimension.options),
    );
}
