import { type FunnelResult, type FunnelStep, funnel } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind, Shown } from './kind.ts';
import { list } from './options.ts';

/** `cjm analyze funnel`: ordered funnel over event names or the map's stages. */
export function registerFunnel(kind: Kind, ui: Ui): void {
  const h = ui.t.help.analyze;
  kind<{ steps?: string[]; window: string; breakdown?: string }>(
    'funnel',
    async (store, map, o, _args, s) => {
      const result = await funnel(store, {
        ...(o.steps ? { steps: o.steps } : { map }),
        window: o.window,
        breakdown: o.breakdown,
        period: s.period,
      });
      const t = s.ui.t.analyze;
      const groups = (result.breakdown?.groups ?? []).map(
        (g) => `\n${result.breakdown?.by} = ${g.value ?? t.none}\n${funnelTable(g.steps, s)}`,
      );
      return {
        json: result,
        table: `${t.funnel.window(s.ui.fmt.duration(result.windowSeconds))}\n${summary(result, s)}\n${funnelTable(result.steps, s)}${groups.join('')}`,
      };
    },
  )
    .option('--steps <names>', h.funnel.steps, list)
    .option('--window <span>', h.window, '7d')
    .option('--breakdown <attribute>', h.funnel.breakdown);
}

/** In plain words: how many who entered reached the last step. */
function summary(result: FunnelResult, { ui }: Shown): string {
  const first = result.steps[0];
  const last = result.steps.at(-1);
  if (!first || !last) return '';
  const share = first.customers === 0 ? null : last.customers / first.customers;
  return ui.t.analyze.funnel.summary(
    ui.fmt.int(last.customers),
    ui.fmt.int(first.customers),
    ui.fmt.percent(share),
  );
}

function funnelTable(steps: FunnelStep[], { ui, details }: Shown): string {
  const { fmt } = ui;
  const h = ui.t.analyze.funnel.headers;
  const rows = steps.map((s, i) => [
    `${i + 1}. ${s.name}`,
    fmt.int(s.customers),
    fmt.percent(s.conversion),
    ...(details ? [fmt.interval(s.ci, (x) => fmt.percent(x))] : []),
    fmt.int(s.dropOff),
    fmt.duration(s.medianSecondsToConvert),
    fmt.duration(s.p90SecondsToConvert),
  ]);
  const headers = [h.step, h.customers, h.conversion, ...(details ? [h.ci] : []), h.dropOff, h.median, h.p90];
  return table(headers, rows, 'lrrrrrr');
}
