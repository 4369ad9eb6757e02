import { Language } from '@opencjm/core';
import { detectPains, sentimentScorer } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import { type Kind, requireMap } from './kind.ts';
import { parsers } from './options.ts';

/** `cjm analyze pains --map FILE`: problem zones ranked by severity, with proposed pain cards. */
export function registerPains(kind: Kind, ui: Ui): void {
  const { choice, count } = parsers(ui);
  const h = ui.t.help.analyze;
  kind<{ lang?: Language; window: string; gap: string; minSample: number; sentiment: boolean }>(
    'pains',
    async (store, map, o, _args, s) => {
      const result = await detectPains(store, {
        map: requireMap(map, 'pains'),
        window: o.window,
        gap: o.gap,
        minSample: o.minSample,
        ...(o.lang ? { language: o.lang } : {}),
        ...(o.sentiment ? { scorer: sentimentScorer } : {}),
      });
      const { fmt } = s.ui;
      const t = s.ui.t.analyze.pains;
      const d = s.ui.t.analyze.dimensions;
      const rows = result.findings.map((f, i) => [
        String(i + 1),
        t.kinds[f.kind],
        f.stage === null ? '' : s.names.stage(f.stage),
        f.touchpoint === null ? '' : s.names.touchpoint(f.touchpoint),
        fmt.fixed(f.severity, 2),
        fmt.percent(f.rate),
        fmt.percent(f.baseline),
        fmt.int(f.n),
        ...(s.details ? [fmt.pValue(f.pValue)] : []),
      ]);
      const head = `${t.head(fmt.int(result.findings.length), fmt.int(result.customers), fmt.fixed(result.alpha, 2), fmt.int(result.minSample))}${s.details ? `; ${t.severityNote}` : ''}`;
      const cards = result.findings.map((f, i) => `${i + 1}. ${f.card?.text ?? t.offMap}`);
      const hd = t.headers;
      const headers = [
        '#',
        hd.kind,
        d.stage,
        d.touchpoint,
        hd.severity,
        hd.rate,
        hd.baseline,
        hd.n,
        ...(s.details ? [hd.p] : []),
      ];
      const body =
        rows.length === 0 ? '' : `\n${table(headers, rows, 'rlllrrrrr')}\n\n${t.cards}\n${cards.join('\n')}`;
      return { json: result, table: `${head}${body}` };
    },
  )
    .option('--lang <lang>', h.pains.lang(Language.options.join('|')), choice(Language.options))
    .option('--window <span>', h.pains.window, '30d')
    .option('--gap <span>', h.gap, '30m')
    .option('--min-sample <n>', h.pains.minSample, count, 5)
    .option('--no-sentiment', h.pains.noSentiment);
}
