import { z } from 'zod';
import type { EventStore } from '../store/clickhouse/store.ts';
import { MapOption, PeriodOption } from './options.ts';
import { Dimension } from './source.ts';
import { variants } from './variants.ts';

/** Options of {@link topPaths}. */
export const TopPathsOptions = z.object({
  by: Dimension.default('event'),
  map: MapOption,
  collapse: z.boolean().default(true).describe('Merge consecutive repeats (page_view page_view → page_view)'),
  limit: z.number().int().positive().default(10),
  period: PeriodOption,
});
export type TopPathsOptions = z.input<typeof TopPathsOptions>;

/**
 * The most frequent whole paths, one per customer, and an explicit "other" bucket for all
 * the rest: `paths[].customers` plus `other.customers` is `customers`.
 */
export const TopPathsResult = z.object({
  customers: z.number().int(),
  paths: z.array(z.object({ steps: z.array(z.string()), customers: z.number().int(), share: z.number() })),
  other: z.object({
    paths: z.number().int().describe('Distinct paths beyond the top'),
    customers: z.number().int(),
    share: z.number(),
  }),
});
export type TopPathsResult = z.infer<typeof TopPathsResult>;

/**
 * Top N paths. The counting is the variants query (see `variants.ts`), with repeats
 * merged by default.
 *
 * @example
 * const { paths, other } = await topPaths(store, { limit: 5 });
 */
export async function topPaths(store: EventStore, options: TopPathsOptions = {}): Promise<TopPathsResult> {
  const o = TopPathsOptions.parse(options);
  const found = await variants(store, o);
  const share = (n: number) => (found.total === 0 ? 0 : n / found.total);
  const paths = found.variants.map((v) => ({
    steps: v.activities,
    customers: v.count,
    share: share(v.count),
  }));
  const rest = found.total - paths.reduce((sum, path) => sum + path.customers, 0);
  return {
    customers: found.total,
    paths,
    other: { paths: found.distinct - paths.length, customers: rest, share: share(rest) },
  };
}
