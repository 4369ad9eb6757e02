import { TopPathsResult } from '@opencjm/core';
import { z } from 'zod';
import type { EventStore } from '../store/clickhouse/store.ts';
import { MapOption, PeriodOption } from './options.ts';
import { Dimension } from './source.ts';
import { variants } from './variants.ts';

/** The answer's schema lives in @opencjm/core, shared with the server, CLI and web app. */
export { TopPathsResult };

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
