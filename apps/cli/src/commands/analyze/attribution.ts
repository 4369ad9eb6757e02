import { AttributionModel, attribution } from '@opencjm/engine';
import { duration, fixed, percent, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice } from './options.ts';

const BY = ['channel', 'touchpoint'] as const;

/** `cjm analyze attribution`: which channels (or touchpoints) earn the conversions. */
export function registerAttribution(kind: Kind): void {
  kind<{
    conversion: string;
    model: AttributionModel;
    by: (typeof BY)[number];
    lookback: string;
    value: string;
  }>('attribution', 'which channels or touchpoints earn the conversions', async (store, map, o) => {
    const result = await attribution(store, {
      conversion: o.conversion,
      model: o.model,
      by: o.by,
      lookback: o.lookback,
      value: o.value,
      map,
    });
    const revenue = result.revenue !== null;
    const markov = result.model === 'markov';
    const rows = result.channels.map((c) => [
      c.channel,
      c.conversions.toFixed(2),
      percent(c.share),
      ...(revenue ? [fixed(c.revenue, 2)] : []),
      ...(markov ? [fixed(c.removalEffect, 3)] : []),
    ]);
    const head = [
      `${result.model} model, ${result.conversion} within ${duration(result.lookbackSeconds)}: ${result.total} conversions credited` +
        `${revenue ? ` (revenue ${fixed(result.revenue, 2)})` : ''}, ${result.unattributed} with no ${result.by} before`,
      table(
        [
          result.by === 'channel' ? 'Channel' : 'Touchpoint',
          'Conversions',
          'Share',
          ...(revenue ? ['Revenue'] : []),
          ...(markov ? ['Removal effect'] : []),
        ],
        rows,
        'lrrrr',
      ),
    ];
    return { json: result, table: head.join('\n') };
  })
    .requiredOption('--conversion <event>', 'the conversion event, e.g. purchase')
    .requiredOption('--model <model>', AttributionModel.options.join('|'), choice(AttributionModel.options))
    .option('--by <what>', `${BY.join('|')} (touchpoint needs --map)`, choice(BY), 'channel')
    .option('--lookback <span>', 'touches at most this long before the conversion', '30d')
    .option('--value <field>', 'revenue of a conversion: value, or a property name', 'value');
}
