import { type CsatScore, csat } from '@opencjm/engine';
import { interval } from './format.ts';
import type { Kind } from './kind.ts';
import { overallLine, surveyTables } from './survey-table.ts';

/** `cjm analyze csat`: share of satisfied (4–5) answers overall and per place. */
export function registerCsat(kind: Kind): void {
  kind<{ by?: string }>(
    'csat',
    'customer satisfaction (1–5 answers): share of 4–5',
    async (store, map, o) => {
      const result = await csat(store, { map, by: o.by });
      const pct = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)}%`);
      const show = (s: CsatScore) => [pct(s.csat), interval(s.ci, pct)];
      const all = result.overall;
      const head = overallLine(
        `CSAT ${pct(all.csat)} (95% CI ${interval(all.ci, pct)}): ${all.satisfied} satisfied`,
        all.n,
        all.invalid,
      );
      const tables = surveyTables(result, {
        headers: ['CSAT', '95% CI', 'Satisfied'],
        align: 'rrr',
        cells: (g) => [...show(g), String(g.satisfied)],
      });
      return { json: result, table: tables ? `${head}\n\n${tables}` : head };
    },
  ).option('--by <attribute>', 'also break down by this customer attribute in properties (e.g. segment)');
}
