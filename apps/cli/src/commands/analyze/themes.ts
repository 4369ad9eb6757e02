import { feedbackThemes, LangOption } from '@opencjm/engine';
import type { Kind } from './kind.ts';
import { choice, count } from './options.ts';

const BY = ['stage', 'touchpoint', 'all'] as const;

/** `cjm analyze themes`: what customers complain about and praise, per touchpoint or stage. */
export function registerThemes(kind: Kind): void {
  kind<{ by: (typeof BY)[number]; lang: LangOption; top: number; minCount: number }>(
    'themes',
    'key phrases of negative and positive customer texts per touchpoint or stage, with quotes',
    async (store, map, o) => {
      const result = await feedbackThemes(store, {
        map,
        by: o.by,
        lang: o.lang,
        limit: o.top,
        minCount: o.minCount,
      });
      const blocks = result.groups.map((g) => {
        const list = (label: string, themes: typeof g.negative) =>
          themes.length === 0
            ? []
            : [
                `  ${label}:`,
                ...themes.map((t) => `    ${t.phrase} (${t.count}) — “${t.examples[0] ?? ''}”`),
              ];
        return [
          `${g.key}: ${g.total} ${g.total === 1 ? 'text' : 'texts'}`,
          ...list('negative', g.negative),
          ...list('positive', g.positive),
        ].join('\n');
      });
      const text = blocks.length === 0 ? 'No customer texts in this workspace.' : blocks.join('\n\n');
      return { json: result, table: text };
    },
  )
    .option(
      '--by <place>',
      `group by ${BY.join('|')} (touchpoint and stage need --map)`,
      choice(BY),
      'touchpoint',
    )
    .option(
      '--lang <lang>',
      `language of the texts: ${LangOption.options.join('|')}`,
      choice(LangOption.options),
      'auto',
    )
    .option('--top <n>', 'themes per polarity and place', count, 10)
    .option('--min-count <n>', 'texts a phrase needs to count as a theme', count, 2);
}
