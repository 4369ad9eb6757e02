import { ces } from '@opencjm/engine';
import { fixed, interval } from './format.ts';
import type { Kind } from './kind.ts';
import { overallLine, surveyTables } from './survey-table.ts';

/** `cjm analyze ces`: mean customer effort (1–7, 1 = least effort) overall and per place. */
export function registerCes(kind: Kind): void {
  kind<{ by?: string }>(
    'ces',
    'customer effort score (1–7 answers): mean with a t interval',
    async (store, map, o) => {
      const result = await ces(store, { map, by: o.by });
      const two = (x: number) => x.toFixed(2);
      const all = result.overall;
      const head = overallLine(
        `CES ${fixed(all.ces, 2)} (95% CI ${interval(all.ci, two)})`,
        all.n,
        all.invalid,
      );
      const tables = surveyTables(result, {
        headers: ['CES', '95% CI'],
        align: 'rr',
        cells: (g) => [fixed(g.ces, 2), interval(g.ci, two)],
      });
      return { json: result, table: tables ? `${head}\n\n${tables}` : head };
    },
  ).option('--by <attribute>', 'also break down by this customer attribute in properties (e.g. segment)');
}
