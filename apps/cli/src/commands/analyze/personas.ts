import { Language } from '@opencjm/core';
import { discoverPersonas, type PersonaCluster } from '@opencjm/engine';
import { InvalidArgumentError } from 'commander';
import { percent } from './format.ts';
import type { Kind } from './kind.ts';
import { choice, count, list } from './options.ts';

/** `cjm analyze personas`: customer clusters (k-means) and a persona draft for each. */
export function registerPersonas(kind: Kind): void {
  kind<{ k?: number; lang?: Language; attributes?: string[]; seed: number; conversion: string }>(
    'personas',
    'customer clusters (k-means, k by silhouette) with persona drafts',
    async (store, map, o) => {
      const result = await discoverPersonas(store, {
        map,
        k: o.k,
        seed: o.seed,
        conversion: o.conversion,
        ...(o.attributes ? { attributes: o.attributes } : {}),
        ...(o.lang ? { language: o.lang } : {}),
      });
      const chosen = result.silhouettes.find((s) => s.k === result.k);
      const head = `${result.customers} customers in ${result.k} clusters${chosen ? ` (k by silhouette: ${chosen.silhouette.toFixed(2)})` : ''}`;
      return { json: result, table: [head, ...result.clusters.map(clusterText)].join('\n\n') };
    },
  )
    .option('--k <n>', 'number of clusters (default: best silhouette over 2…6)', clusters)
    .option(
      '--lang <lang>',
      `language of names: ${Language.options.join('|')} (default: the map's, else en)`,
      choice(Language.options),
    )
    .option('--attributes <keys>', 'properties keys to use, comma-separated (default: detected)', list)
    .option('--seed <n>', 'k-means seed', count, 42)
    .option('--conversion <event>', 'event that counts as converting', 'purchase');
}

function clusters(value: string): number {
  const k = count(value);
  if (k < 2 || k > 12) throw new InvalidArgumentError('expected 2 to 12 clusters');
  return k;
}

function clusterText(c: PersonaCluster): string {
  const ci = (x: { ci: [number, number] }) => `${percent(x.ci[0])}–${percent(x.ci[1])}`;
  const lines = [
    `${c.persona.name} — ${c.size} customers (${percent(c.share)})`,
    `  converted ${percent(c.converted.rate)} (95% CI ${ci(c.converted)})${c.reachedLastStage ? `; reached the last stage ${percent(c.reachedLastStage.rate)}` : ''}`,
    `  channels: ${c.channels.map((x) => `${x.channel} ${percent(x.share)}`).join(', ') || '—'}`,
    ...c.distinguishing.map((f) => `  ${f.text}`),
  ];
  return lines.join('\n');
}
