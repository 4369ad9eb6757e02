import { type NpsScore, nps } from '@opencjm/engine';
import { fixed, interval } from './format.ts';
import type { Kind } from './kind.ts';
import { overallLine, surveyTables } from './survey-table.ts';

/** `cjm analyze nps`: Net Promoter Score overall and per stage, touchpoint, channel, attribute. */
export function registerNps(kind: Kind): void {
  kind<{ by?: string }>(
    'nps',
    'Net Promoter Score (0–10 answers) with 95% intervals',
    async (store, map, o) => {
      const result = await nps(store, { map, by: o.by });
      const show = (s: NpsScore) => [fixed(s.nps, 1), interval(s.ci, (x) => x.toFixed(1))];
      const { overall: all } = result;
      const head = overallLine(
        `NPS ${fixed(all.nps, 1)} (95% CI ${interval(all.ci, (x) => x.toFixed(1))}): ${all.promoters} promoters, ${all.passives} passives, ${all.detractors} detractors`,
        all.n,
        all.invalid,
      );
      const tables = surveyTables(result, {
        headers: ['NPS', '95% CI', 'Promoters', 'Passives', 'Detractors'],
        align: 'rrrrr',
        cells: (g) => [...show(g), String(g.promoters), String(g.passives), String(g.detractors)],
      });
      return { json: result, table: tables ? `${head}\n\n${tables}` : head };
    },
  ).option('--by <attribute>', 'also break down by this customer attribute in properties (e.g. segment)');
}
