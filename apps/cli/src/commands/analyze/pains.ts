import { Language } from '@opencjm/core';
import { detectPains, sentimentScorer } from '@opencjm/engine';
import { percent, table } from './format.ts';
import { type Kind, requireMap } from './kind.ts';
import { choice, count } from './options.ts';

/** `cjm analyze pains --map FILE`: problem zones ranked by severity, with proposed pain cards. */
export function registerPains(kind: Kind): void {
  kind<{ lang?: Language; window: string; gap: string; minSample: number; sentiment: boolean }>(
    'pains',
    'pain points: drop-off, long visits before leaving, loops, returns, negative texts, low CSAT',
    async (store, map, o) => {
      const result = await detectPains(store, {
        map: requireMap(map, 'pains'),
        window: o.window,
        gap: o.gap,
        minSample: o.minSample,
        ...(o.lang ? { language: o.lang } : {}),
        ...(o.sentiment ? { scorer: sentimentScorer } : {}),
      });
      const rows = result.findings.map((f, i) => [
        String(i + 1),
        f.kind,
        f.stage ?? '',
        f.touchpoint ?? '',
        f.severity.toFixed(2),
        percent(f.rate),
        percent(f.baseline),
        String(f.n),
        f.pValue.toPrecision(2),
      ]);
      const head = `${result.findings.length} pain points among ${result.customers} customers (p < ${result.alpha}, n ≥ ${result.minSample}); severity = Cohen's h × √reach`;
      const cards = result.findings.map((f, i) => `${i + 1}. ${f.card?.text ?? '(not on the map)'}`);
      const body =
        rows.length === 0
          ? ''
          : `\n${table(['#', 'Kind', 'Stage', 'Touchpoint', 'Severity', 'Rate', 'Baseline', 'n', 'p'], rows, 'rlllrrrrr')}\n\nProposed pain cards:\n${cards.join('\n')}`;
      return { json: result, table: `${head}${body}` };
    },
  )
    .option(
      '--lang <lang>',
      `language of the card texts: ${Language.options.join('|')} (default: the map's)`,
      choice(Language.options),
    )
    .option('--window <span>', 'stage funnel window for drop-off', '30d')
    .option('--gap <span>', 'inactivity that ends a session', '30m')
    .option('--min-sample <n>', 'smallest n a finding needs', count, 5)
    .option('--no-sentiment', 'do not score texts');
}
