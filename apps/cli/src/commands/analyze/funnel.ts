import { type FunnelStep, funnel } from '@opencjm/engine';
import { duration, percent, table } from './format.ts';
import type { Kind } from './kind.ts';
import { list } from './options.ts';

/** `cjm analyze funnel`: ordered funnel over event names or the map's stages. */
export function registerFunnel(kind: Kind): void {
  kind<{ steps?: string[]; window: string; breakdown?: string }>(
    'funnel',
    'ordered funnel over events or the map stages',
    async (store, map, o) => {
      const result = await funnel(store, {
        ...(o.steps ? { steps: o.steps } : { map }),
        window: o.window,
        breakdown: o.breakdown,
      });
      const groups = (result.breakdown?.groups ?? []).map(
        (g) => `\n${result.breakdown?.by} = ${g.value ?? '(none)'}\n${funnelTable(g.steps)}`,
      );
      return {
        json: result,
        table: `window ${duration(result.windowSeconds)}\n${funnelTable(result.steps)}${groups.join('')}`,
      };
    },
  )
    .option('--steps <names>', 'event names in order, comma-separated (without: the map stages)', list)
    .option('--window <span>', 'steps must follow the entry within this span', '7d')
    .option('--breakdown <attribute>', 'channel, source or properties.KEY of the entry event');
}

function funnelTable(steps: FunnelStep[]): string {
  const rows = steps.map((s, i) => [
    `${i + 1}. ${s.name}`,
    String(s.customers),
    percent(s.conversion),
    `${percent(s.ci[0])}–${percent(s.ci[1])}`,
    String(s.dropOff),
    duration(s.medianSecondsToConvert),
    duration(s.p90SecondsToConvert),
  ]);
  return table(
    ['Step', 'Customers', 'Conversion', '95% CI', 'Drop-off', 'Median time', 'P90 time'],
    rows,
    'lrrrrrr',
  );
}
