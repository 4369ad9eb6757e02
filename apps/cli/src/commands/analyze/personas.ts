import { Language } from '@opencjm/core';
import { discoverPersonas, type PersonaCluster } from '@opencjm/engine';
import { InvalidArgumentError } from 'commander';
import type { Ui } from '../../i18n/ui.ts';
import type { Kind, Shown } from './kind.ts';
import { list, parsers } from './options.ts';
import { range } from './survey-table.ts';

/** `cjm analyze personas`: customer clusters (k-means) and a persona draft for each. */
export function registerPersonas(kind: Kind, ui: Ui): void {
  const { choice, count } = parsers(ui);
  const h = ui.t.help.analyze.personas;
  const clusters = (value: string): number => {
    const k = count(value);
    if (k < 2 || k > 12) throw new InvalidArgumentError(ui.t.parse.clusters);
    return k;
  };
  kind<{ k?: number; lang?: Language; attributes?: string[]; seed: number; conversion: string }>(
    'personas',
    async (store, map, o, _args, s) => {
      const result = await discoverPersonas(store, {
        map,
        k: o.k,
        seed: o.seed,
        conversion: o.conversion,
        ...(o.attributes ? { attributes: o.attributes } : {}),
        ...(o.lang ? { language: o.lang } : {}),
      });
      const { fmt } = s.ui;
      const chosen = result.silhouettes.find((x) => x.k === result.k);
      const head = s.ui.t.analyze.personas.head(
        fmt.int(result.customers),
        fmt.int(result.k),
        chosen ? fmt.fixed(chosen.silhouette, 2) : null,
      );
      return { json: result, table: [head, ...result.clusters.map((c) => clusterText(c, s))].join('\n\n') };
    },
  )
    .option('--k <n>', h.k, clusters)
    .option('--lang <lang>', h.lang(Language.options.join('|')), choice(Language.options))
    .option('--attributes <keys>', h.attributes, list)
    .option('--seed <n>', h.seed, count, 42)
    .option('--conversion <event>', h.conversion, 'purchase');
}

function clusterText(c: PersonaCluster, s: Shown): string {
  const { fmt } = s.ui;
  const t = s.ui.t.analyze.personas;
  const pct = (x: number) => fmt.percent(x);
  const converted = t.converted(pct(c.converted.rate), range(c.converted.ci, pct, s));
  const lines = [
    t.cluster(c.persona.name, fmt.int(c.size), pct(c.share)),
    `  ${converted}${c.reachedLastStage ? t.reachedLast(pct(c.reachedLastStage.rate)) : ''}`,
    `  ${t.channels(c.channels.map((x) => `${s.names.channel(x.channel)} ${pct(x.share)}`).join(', ') || '—')}`,
    ...c.distinguishing.map((f) => `  ${f.text}`),
  ];
  return lines.join('\n');
}
