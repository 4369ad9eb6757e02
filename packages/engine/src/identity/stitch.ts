import { z } from 'zod';
import type { DuckDbStore } from '../store/duckdb.ts';
import { IDENTIFIER_TYPES } from './identifiers.ts';
import { readKinds, unionEdges, writeRoots } from './stitch-sets.ts';
import { prepareEdges, STITCH_TABLES, writeResults } from './stitch-tables.ts';
import { CappedUnionFind } from './union-find.ts';

/** Options of {@link stitchIdentities}. */
export const StitchOptions = z.object({
  maxIdsPerType: z
    .number()
    .int()
    .positive()
    .default(5)
    .describe('most identifiers of one kind (e-mails, phones, user ids …) one customer may absorb'),
  maxAnonymousIds: z
    .number()
    .int()
    .positive()
    .default(100)
    .describe('most anonymous ids (devices, cookies) one customer may absorb'),
});
export type StitchOptions = z.infer<typeof StitchOptions>;

/** What a stitch did. */
export const StitchSummary = z.object({
  identifiers: z.number().int().describe('identifiers seen together with another one'),
  customers: z.number().int().describe('customers those identifiers form'),
  merges: z.number().int(),
  refused: z.number().int().describe('merges refused by a cap'),
  seconds: z.number(),
});
export type StitchSummary = z.infer<typeof StitchSummary>;

/**
 * Links identifiers that appear together on an event row (anonymous id + e-mail + user id …)
 * into customers and rewrites `identity` (identifier → customer) and the audit
 * `identity_merges`, in one transaction. Rows are taken in arrival order (`seq`), so when a
 * merge would give a customer more identifiers of one kind than its cap, the earlier
 * evidence wins and the refused merge is logged. A merged customer is named by its
 * identifier of the most stable kind (customer id, CRM id, user id, e-mail, phone,
 * anonymous id), earliest seen first. Only identifiers of merged customers get a row:
 * the view `customer_events` falls back to the event's own `customer_ref`.
 *
 * DuckDB prepares the identifiers and edges (numbered by table position, so results come
 * back by POSITIONAL JOIN instead of joins on strings); the union-find runs in TypeScript.
 *
 * @example
 * const summary = await stitchIdentities(store, { maxIdsPerType: 5 });
 */
export async function stitchIdentities(
  store: DuckDbStore,
  options: z.input<typeof StitchOptions> = {},
  /** Called when the edges are prepared and the union-find is about to run (fault-injection tests). */
  onPrepared?: () => void,
): Promise<StitchSummary> {
  const opts = StitchOptions.parse(options);
  const started = performance.now();
  const { conn } = store;
  try {
    await prepareEdges(conn);
    onPrepared?.();
    const kinds = await readKinds(conn);
    const caps = IDENTIFIER_TYPES.map((t) =>
      t === 'anonymous_id' ? opts.maxAnonymousIds : opts.maxIdsPerType,
    );
    const sets = new CappedUnionFind(kinds, caps);
    const outcome = await unionEdges(conn, sets);
    await writeRoots(conn, sets);
    await writeResults(conn);
    return {
      identifiers: sets.length,
      customers: sets.roots(),
      merges: outcome.merged,
      refused: outcome.refused,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const table of STITCH_TABLES) await conn.run(`DROP TABLE IF EXISTS ${table}`);
  }
}
