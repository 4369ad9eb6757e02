import { feedbackThemes, LangOption } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import type { Kind } from './kind.ts';
import { parsers } from './options.ts';

const BY = ['stage', 'touchpoint', 'all'] as const;

/** `cjm analyze themes`: what customers complain about and praise, per touchpoint or stage. */
export function registerThemes(kind: Kind, ui: Ui): void {
  const { choice, count } = parsers(ui);
  const h = ui.t.help.analyze;
  kind<{ by: (typeof BY)[number]; lang: LangOption; top: number; minCount: number }>(
    'themes',
    async (store, map, o, _args, s) => {
      const result = await feedbackThemes(store, {
        map,
        by: o.by,
        lang: o.lang,
        limit: o.top,
        minCount: o.minCount,
      });
      const t = s.ui.t.analyze.themes;
      const place = (key: string) =>
        o.by === 'all' ? t.all : key === 'unplaced' ? t.unplaced : s.names.of(o.by, key);
      const blocks = result.groups.map((g) => {
        const list = (label: string, themes: typeof g.negative) =>
          themes.length === 0
            ? []
            : [
                `  ${label}:`,
                ...themes.map((x) => `    ${x.phrase} (${s.ui.fmt.int(x.count)}) — “${x.examples[0] ?? ''}”`),
              ];
        return [
          t.group(place(g.key), g.total, s.ui.fmt.int(g.total)),
          ...list(t.negative, g.negative),
          ...list(t.positive, g.positive),
        ].join('\n');
      });
      return { json: result, table: blocks.length === 0 ? t.none : blocks.join('\n\n') };
    },
  )
    .option('--by <place>', h.themes.by(BY.join('|')), choice(BY), 'touchpoint')
    .option('--lang <lang>', h.texts.lang(LangOption.options.join('|')), choice(LangOption.options), 'auto')
    .option('--top <n>', h.themes.top, count, 10)
    .option('--min-count <n>', h.themes.minCount, count, 2);
}
