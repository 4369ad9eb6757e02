import { feedbackSentiment, LangOption, type SentimentSummary } from '@opencjm/engine';
import { fixed, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice } from './options.ts';

/** `cjm analyze sentiment`: sentiment of the customers' texts overall, per stage and touchpoint. */
export function registerSentimentKind(kind: Kind): void {
  kind<{ lang: LangOption }>(
    'sentiment',
    'sentiment of customer texts (reviews, tickets, survey comments) per stage and touchpoint',
    async (store, map, o) => {
      const result = await feedbackSentiment(store, { map, lang: o.lang });
      const cells = (s: SentimentSummary) => [
        String(s.n),
        fixed(s.mean, 2),
        String(s.positive),
        String(s.neutral),
        String(s.negative),
      ];
      const headers = ['Texts', 'Mean', 'Positive', 'Neutral', 'Negative'];
      const section = (title: string, places: typeof result.byStage) =>
        places.length === 0
          ? ''
          : `\n\n${title}\n${table(
              [title.replace(/^By /, ''), ...headers],
              places.map((p) => [p.name, ...cells(p)]),
              'lrrrrr',
            )}`;
      const head = `Sentiment of ${result.overall.n} texts: mean ${fixed(result.overall.mean, 2)} (−1 … +1), ${result.overall.positive} positive, ${result.overall.neutral} neutral, ${result.overall.negative} negative`;
      return {
        json: result,
        table: `${head}${section('By stage', result.byStage)}${section('By touchpoint', result.byTouchpoint)}`,
      };
    },
  ).option(
    '--lang <lang>',
    `language of the texts: ${LangOption.options.join('|')}`,
    choice(LangOption.options),
    'auto',
  );
}
