import { Dimension, type OutcomesResult, outcomes } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind, Shown } from './kind.ts';
import { parsers } from './options.ts';

/** Below this p a difference is called clear in the plain-words column. */
const ALPHA = 0.05;

/** `cjm analyze outcomes`: what comes before an outcome more (or less) often. */
export function registerOutcomes(kind: Kind, ui: Ui): void {
  const { choice } = parsers(ui);
  const h = ui.t.help.analyze;
  kind<{ outcome: string; within?: string; by?: Dimension }>('outcomes', async (store, map, o, _args, s) => {
    const result = await outcomes(store, { outcome: o.outcome, within: o.within, by: o.by, map });
    const { fmt } = s.ui;
    const t = s.ui.t.analyze.outcomes;
    const by: Dimension = o.by ?? (map ? 'touchpoint' : 'event');
    const rows = result.rows.map((r) => [
      s.names.of(by, r.name),
      fmt.int(r.converted),
      fmt.int(r.notConverted),
      fmt.percent(r.shareConverted),
      fmt.percent(r.shareNotConverted),
      fmt.fixed(r.lift, 2),
      s.details ? fmt.pValue(r.pValue) : difference(r, s),
    ]);
    const within = result.withinSeconds ? fmt.duration(result.withinSeconds) : null;
    const head = t.head(result.outcome, within, fmt.int(result.converted), fmt.int(result.notConverted));
    const hd = t.headers;
    const headers = [
      s.ui.t.analyze.dimensions[by],
      hd.converted,
      hd.others,
      hd.shareConverted,
      hd.shareOthers,
      hd.lift,
      s.details ? hd.p : hd.difference,
    ];
    const note = s.details ? t.test : t.legend;
    return {
      json: result,
      table: `${head}\n${table(headers, rows, s.details ? 'lrrrrrr' : 'lrrrrrl')}\n${note}`,
    };
  })
    .requiredOption('--outcome <event>', h.outcomes.outcome)
    .option('--within <span>', h.outcomes.within)
    .option(
      '--by <dimension>',
      h.byDefault(Dimension.options.join('|'), h.touchpointOrEvent),
      choice(Dimension.options),
    );
}

/** In plain words: seen more or less often before the outcome, or no clear difference. */
function difference(row: OutcomesResult['rows'][number], { ui }: Shown): string {
  const t = ui.t.analyze.outcomes;
  if (row.pValue >= ALPHA) return t.unclear;
  return row.shareConverted >= row.shareNotConverted ? t.more : t.less;
}
