import { AttributionModel, attribution } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind } from './kind.ts';
import { parsers } from './options.ts';

const BY = ['channel', 'touchpoint'] as const;

/** `cjm analyze attribution`: which channels (or touchpoints) earn the conversions. */
export function registerAttribution(kind: Kind, ui: Ui): void {
  const { choice } = parsers(ui);
  const h = ui.t.help.analyze.attribution;
  kind<{
    conversion: string;
    model: AttributionModel;
    by: (typeof BY)[number];
    lookback: string;
    value: string;
  }>('attribution', async (store, map, o, _args, s) => {
    const result = await attribution(store, {
      conversion: o.conversion,
      model: o.model,
      by: o.by,
      lookback: o.lookback,
      value: o.value,
      map,
    });
    const { fmt } = s.ui;
    const t = s.ui.t.analyze.attribution;
    const d = s.ui.t.analyze.dimensions;
    const revenue = result.revenue !== null;
    const markov = result.model === 'markov';
    const rows = result.channels.map((c) => [
      s.names.of(result.by, c.channel),
      fmt.fixed(c.conversions, 2),
      fmt.percent(c.share),
      ...(revenue ? [fmt.fixed(c.revenue, 2)] : []),
      ...(markov ? [fmt.fixed(c.removalEffect, 3)] : []),
    ]);
    const hd = t.headers;
    const head =
      t.head(
        t.models[result.model],
        result.conversion,
        fmt.duration(result.lookbackSeconds),
        fmt.int(result.total),
      ) +
      (revenue ? t.revenue(fmt.fixed(result.revenue, 2)) : '') +
      t.unattributed(fmt.int(result.unattributed), d[result.by].toLowerCase());
    const headers = [
      d[result.by],
      hd.conversions,
      hd.share,
      ...(revenue ? [hd.revenue] : []),
      ...(markov ? [hd.removal] : []),
    ];
    return { json: result, table: [head, table(headers, rows, 'lrrrr')].join('\n') };
  })
    .requiredOption('--conversion <event>', h.conversion)
    .requiredOption('--model <model>', AttributionModel.options.join('|'), choice(AttributionModel.options))
    .option('--by <what>', h.by(BY.join('|')), choice(BY), 'channel')
    .option('--lookback <span>', h.lookback, '30d')
    .option('--value <field>', h.value, 'value');
}
