import { z } from 'zod';
import { chLiteral } from './escape.ts';
import { chEventSource } from './source.ts';
import { type ClickHouseStore, chRows } from './store.ts';

const Target = z.object({ found: z.number(), id: z.string() });
const Identifier = z.object({ identifier: z.string() });
const Event = z.object({
  t: z.number(),
  event: z.string(),
  channel: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().nullable(),
  score: z.number().nullable(),
  value: z.number().nullable(),
  properties: z.string().nullable(),
  identifier: z.string(),
  importId: z.string(),
  line: z.number().nullable(),
});

/**
 * One customer's timeline from ClickHouse, in the shape of the DuckDB timeline query's row
 * (`analytics/timeline.ts` turns it into the result): the customer resolved from any
 * identifier stitched into it, its identifiers in order, its events ordered by (t, seq)
 * with instants as ISO strings to the millisecond, as the DuckDB client gives them. Three
 * plain queries, since 18.16 has no correlated subqueries.
 */
export async function chTimelineRow(
  store: ClickHouseStore,
  identifier: string,
  /** The events query (`timelineSql.clickhouse`) over a relation for a customer literal. */
  eventsSql: (relation: string, customer: string) => string,
) {
  const given = chLiteral(identifier);
  const [target] = await chRows(
    store,
    `SELECT count() AS found, min(customer_id) AS id FROM identity WHERE identifier = ${given}`,
    null,
    Target,
  );
  const id = target && target.found > 0 ? target.id : identifier;
  const customer = chLiteral(id);
  const identifiers = await chRows(
    store,
    `SELECT DISTINCT identifier FROM (
       SELECT identifier FROM identity WHERE customer_id = ${customer}
       UNION ALL SELECT customer_ref AS identifier FROM ${store.tables.events} WHERE customer_ref = ${customer})
     ORDER BY identifier`,
    null,
    Identifier,
  );
  const events = await chRows(
    store,
    eventsSql(chEventSource(store, 'timeline', 'event', undefined).relation, customer),
    null,
    Event,
  );
  return {
    customer: id,
    identifiers: identifiers.length === 0 ? null : identifiers.map((r) => r.identifier),
    events:
      events.length === 0
        ? null
        : events.map(({ t, ...e }) => ({
            // the DuckDB client makes a Date of the instant: whole milliseconds
            ts: new Date(Math.trunc(t / 1000)).toISOString(),
            ...e,
            touchpoint: null,
            stage: null,
          })),
  };
}
