import { bindingReport } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import { type Kind, requireMap } from './kind.ts';
import { parsers } from './options.ts';

/** `cjm analyze unmatched --map FILE`: events no touchpoint rule of the map matches. */
export function registerUnmatched(kind: Kind, ui: Ui): void {
  const { count } = parsers(ui);
  kind<{ limit: number }>('unmatched', async (store, map, o, _args, { ui, names, period }) => {
    const report = await bindingReport(store, requireMap(map, 'unmatched'), o.limit, period);
    const { fmt } = ui;
    const t = ui.t.analyze.unmatched;
    const d = ui.t.analyze.dimensions;
    const rows = report.unmatchedEvents.map((u) => [
      u.event,
      u.channel === null ? '' : names.channel(u.channel),
      fmt.int(u.count),
    ]);
    const tps = report.touchpoints.map((tp) => [
      names.touchpoint(tp.id),
      tp.stage === null ? '' : names.stage(tp.stage),
      fmt.int(tp.events),
      fmt.int(tp.customers),
    ]);
    const h = t.headers;
    return {
      json: report,
      table: `${t.head(fmt.int(report.unmatched), fmt.int(report.events))}\n${table([h.event, h.channel, h.count], rows, 'llr')}\n\n${table([d.touchpoint, d.stage, h.events, h.customers], tps, 'llrr')}`,
    };
  }).option('--limit <n>', ui.t.help.analyze.unmatched.limit, count, 50);
}
