import { Language, PersonasResult } from '@opencjm/core';
import { z } from 'zod';
import { Duration } from '../../analytics/duration.ts';
import { MapOption } from '../../analytics/options.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { clusterRows } from './cluster.ts';
import { summarizeCluster } from './cluster-summary.ts';
import { customerFeatures } from './features.ts';
import { featureMatrix, rowsOf } from './matrix.ts';

export { PersonasResult };

/** Options of {@link discoverPersonas}. */
export const PersonasOptions = z.object({
  map: MapOption.describe('Adds the furthest stage reached and "reached the last stage"'),
  attributes: z.array(z.string().min(1)).optional().describe('properties keys; default: detected'),
  k: z.number().int().min(2).max(12).optional().describe('Clusters; default: best silhouette over 2…6'),
  seed: z.number().int().default(42).describe('k-means seed: the same data and seed give the same clusters'),
  conversion: z.string().min(1).default('purchase').describe('Event name (`*` wildcards) of converting'),
  gap: Duration.prefault('30m').describe('Inactivity that ends a session, for dwell'),
  language: Language.optional().describe("Of names and descriptions; default: the map's, else en"),
  members: z.boolean().default(false).describe("List each cluster's customer ids"),
});
export type PersonasOptions = z.input<typeof PersonasOptions>;

/**
 * Clusters customers on their behaviour and attributes and drafts a persona per cluster.
 *
 * @example
 * const { clusters } = await discoverPersonas(store, { map, attributes: ['age', 'region'] });
 * clusters[0].persona.name // "Cluster 1: Mobile app, 18–24"
 */
export async function discoverPersonas(
  store: EventStore,
  options: PersonasOptions = {},
): Promise<PersonasResult> {
  const o = PersonasOptions.parse(options);
  const mapLanguage = o.map && 'language' in o.map ? Language.safeParse(o.map.language).data : undefined;
  const language = o.language ?? mapLanguage ?? 'en';
  const { attributes, customers } = await customerFeatures(store, {
    map: o.map,
    attributes: o.attributes,
    conversion: o.conversion,
    gapSeconds: o.gap,
  });
  const columns = featureMatrix(customers, attributes, o.map !== undefined);
  const split = clusterRows(rowsOf(columns, customers.length), { k: o.k, seed: o.seed });
  const stages = o.map?.stages.length ?? 0;
  const clusters = Array.from({ length: customers.length === 0 ? 0 : split.k }, (_, c) =>
    summarizeCluster({
      index: c,
      members: split.labels.flatMap((l, i) => (l === c ? [i] : [])),
      customers,
      columns,
      attributes,
      stages,
      language,
      withMembers: o.members,
    }),
  );
  return {
    customers: customers.length,
    k: clusters.length,
    silhouettes: split.silhouettes,
    features: columns.map((c) => c.id),
    clusters,
  };
}
