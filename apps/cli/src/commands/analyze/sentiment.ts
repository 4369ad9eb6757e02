import { feedbackSentiment, LangOption, type SentimentSummary } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind } from './kind.ts';
import { parsers } from './options.ts';

/** `cjm analyze sentiment`: sentiment of the customers' texts overall, per stage and touchpoint. */
export function registerSentimentKind(kind: Kind, ui: Ui): void {
  const { choice } = parsers(ui);
  kind<{ lang: LangOption }>('sentiment', async (store, map, o, _args, s) => {
    const result = await feedbackSentiment(store, { map, lang: o.lang });
    const { fmt } = s.ui;
    const t = s.ui.t.analyze.sentiment;
    const d = s.ui.t.analyze.dimensions;
    const cells = (x: SentimentSummary) => [
      fmt.int(x.n),
      fmt.fixed(x.mean, 2),
      fmt.int(x.positive),
      fmt.int(x.neutral),
      fmt.int(x.negative),
    ];
    const h = t.headers;
    const headers = [h.texts, h.mean, h.positive, h.neutral, h.negative];
    const section = (
      title: string,
      column: string,
      places: typeof result.byStage,
      name: (id: string) => string,
    ) =>
      places.length === 0
        ? ''
        : `\n\n${title}\n${table(
            [column, ...headers],
            places.map((p) => [name(p.name), ...cells(p)]),
            'lrrrrr',
          )}`;
    const all = result.overall;
    const head = t.head(
      fmt.int(all.n),
      fmt.fixed(all.mean, 2),
      fmt.int(all.positive),
      fmt.int(all.neutral),
      fmt.int(all.negative),
    );
    return {
      json: result,
      table: `${head}${section(t.byStage, d.stage, result.byStage, s.names.stage)}${section(t.byTouchpoint, d.touchpoint, result.byTouchpoint, s.names.touchpoint)}`,
    };
  }).option(
    '--lang <lang>',
    ui.t.help.analyze.texts.lang(LangOption.options.join('|')),
    choice(LangOption.options),
    'auto',
  );
}
