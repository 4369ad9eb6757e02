import { ces } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import type { Kind } from './kind.ts';
import { overallLine, range, surveyTables } from './survey-table.ts';

/** `cjm analyze ces`: mean customer effort (1–7, 1 = least effort) overall and per place. */
export function registerCes(kind: Kind, ui: Ui): void {
  kind<{ by?: string }>('ces', async (store, map, o, _args, s) => {
    const result = await ces(store, { map, by: o.by });
    const { fmt } = s.ui;
    const two = (x: number) => fmt.fixed(x, 2);
    const all = result.overall;
    const head = overallLine(
      s.ui.t.analyze.survey.ces.head(fmt.fixed(all.ces, 2), range(all.ci, two, s)),
      all.n,
      all.invalid,
      s,
    );
    const tables = surveyTables(
      result,
      { headers: ['CES'], cells: (g) => [fmt.fixed(g.ces, 2)], ci: (g) => fmt.interval(g.ci, two) },
      s,
    );
    return { json: result, table: tables ? `${head}\n\n${tables}` : head };
  }).option('--by <attribute>', ui.t.help.analyze.survey.by);
}
