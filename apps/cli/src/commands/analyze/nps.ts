import { nps } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import type { Kind } from './kind.ts';
import { overallLine, range, surveyTables } from './survey-table.ts';

/** `cjm analyze nps`: Net Promoter Score overall and per stage, touchpoint, channel, attribute. */
export function registerNps(kind: Kind, ui: Ui): void {
  kind<{ by?: string }>('nps', async (store, map, o, _args, s) => {
    const result = await nps(store, { map, by: o.by });
    const { fmt } = s.ui;
    const t = s.ui.t.analyze.survey.nps;
    const one = (x: number) => fmt.fixed(x, 1);
    const { overall: all } = result;
    const head = overallLine(
      t.head(
        fmt.fixed(all.nps, 1),
        range(all.ci, one, s),
        fmt.int(all.promoters),
        fmt.int(all.passives),
        fmt.int(all.detractors),
      ),
      all.n,
      all.invalid,
      s,
    );
    const h = t.headers;
    const tables = surveyTables(
      result,
      {
        headers: ['NPS', h.promoters, h.passives, h.detractors],
        cells: (g) => [fmt.fixed(g.nps, 1), fmt.int(g.promoters), fmt.int(g.passives), fmt.int(g.detractors)],
        ci: (g) => fmt.interval(g.ci, one),
      },
      s,
    );
    return { json: result, table: tables ? `${head}\n\n${tables}` : head };
  }).option('--by <attribute>', ui.t.help.analyze.survey.by);
}
