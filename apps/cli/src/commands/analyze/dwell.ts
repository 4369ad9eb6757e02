import { Dimension, dwell } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind } from './kind.ts';
import { parsers } from './options.ts';

/** `cjm analyze dwell`: time at each touchpoint, channel or stage, and exits. */
export function registerDwell(kind: Kind, ui: Ui): void {
  const { choice } = parsers(ui);
  const h = ui.t.help.analyze;
  kind<{ by?: Dimension; gap: string }>('dwell', async (store, map, o, _args, { ui, names, period }) => {
    const result = await dwell(store, { by: o.by, map, gap: o.gap, period });
    const { fmt } = ui;
    const t = ui.t.analyze.dwell;
    const by: Dimension = o.by ?? (map ? 'touchpoint' : 'channel');
    const head = t.sessions(fmt.duration(result.gapSeconds));
    // No row by channel: the log has no channel column, and the user should hear how to ask instead.
    if (result.rows.length === 0)
      return { json: result, table: `${head}\n${by === 'channel' ? t.noChannels : t.empty}` };
    const rows = result.rows.map((r) => [
      names.of(by, r.name),
      fmt.int(r.events),
      fmt.int(r.customers),
      fmt.duration(r.medianSeconds),
      fmt.duration(r.p90Seconds),
      fmt.int(r.exits),
      fmt.percent(r.exitRate),
      fmt.int(r.customersLeft),
    ]);
    const hd = t.headers;
    const headers = [
      ui.t.analyze.dimensions[by],
      hd.events,
      hd.customers,
      hd.median,
      hd.p90,
      hd.exits,
      hd.exitRate,
      hd.left,
    ];
    return { json: result, table: `${head}\n${table(headers, rows, 'lrrrrrrr')}` };
  })
    .option(
      '--by <dimension>',
      h.byDefault(Dimension.options.join('|'), h.touchpointOrChannel),
      choice(Dimension.options),
    )
    .option('--gap <span>', h.gap, '30m');
}
