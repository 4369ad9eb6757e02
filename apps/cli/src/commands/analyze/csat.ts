import { csat } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import type { Kind } from './kind.ts';
import { overallLine, range, surveyTables } from './survey-table.ts';

/** `cjm analyze csat`: share of satisfied (4–5) answers overall and per place. */
export function registerCsat(kind: Kind, ui: Ui): void {
  kind<{ by?: string }>('csat', async (store, map, o, _args, s) => {
    const result = await csat(store, { map, by: o.by });
    const { fmt } = s.ui;
    const t = s.ui.t.analyze.survey.csat;
    // The engine gives CSAT in percent (0–100); the formats take shares.
    const pct = (x: number | null) => fmt.percent(x === null ? null : x / 100);
    const all = result.overall;
    const head = overallLine(
      t.head(pct(all.csat), range(all.ci, pct, s), fmt.int(all.satisfied)),
      all.n,
      all.invalid,
      s,
    );
    const tables = surveyTables(
      result,
      {
        headers: ['CSAT', t.headers.satisfied],
        cells: (g) => [pct(g.csat), fmt.int(g.satisfied)],
        ci: (g) => fmt.interval(g.ci, pct),
      },
      s,
    );
    return { json: result, table: tables ? `${head}\n\n${tables}` : head };
  }).option('--by <attribute>', ui.t.help.analyze.survey.by);
}
