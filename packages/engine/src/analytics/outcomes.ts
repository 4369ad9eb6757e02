import { z } from 'zod';
import { fisherExact } from '../stats/fisher.ts';
import { chEventSource } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { Duration } from './duration.ts';
import { MapOption } from './options.ts';
import { Dimension, eventSource } from './source.ts';
import type { DialectSql } from './sql/dialect.ts';
import { keyMicros, orderKey } from './sql/order-key.ts';
import { SqlParams } from './sql/params.ts';
import { queryRows } from './sql/run.ts';

/** Options of {@link outcomes}. */
export const OutcomesOptions = z.object({
  outcome: z.string().min(1).describe('Event name of the outcome (`*` wildcards allowed), e.g. purchase'),
  within: Duration.optional().describe('Look back this far; default: the whole journey'),
  by: Dimension.optional().describe('Default: touchpoint with a map, event without'),
  map: MapOption,
});
export type OutcomesOptions = z.input<typeof OutcomesOptions>;

/**
 * Which labels come before the outcome more or less often than among customers who did not
 * reach it. Converters: events before their first outcome (by ts, then seq) and at most
 * `within` before it. The others: events at most `within` before their last event, so both
 * groups are looked at over the same span. Significance: two-sided Fisher exact test on
 * customers with / without the label in each group.
 */
export const OutcomesResult = z.object({
  outcome: z.string(),
  withinSeconds: z.number().nullable(),
  converted: z.number().int().describe('Customers who reached the outcome'),
  notConverted: z.number().int(),
  test: z.literal('fisher-exact-two-sided'),
  rows: z.array(
    z.object({
      name: z.string(),
      converted: z.number().int().describe('Converters with this label in their look-back'),
      notConverted: z.number().int(),
      shareConverted: z.number(),
      shareNotConverted: z.number(),
      lift: z.number().nullable().describe('shareConverted / shareNotConverted; null when the latter is 0'),
      pValue: z.number(),
    }),
  ),
});
export type OutcomesResult = z.infer<typeof OutcomesResult>;

interface Parts {
  relation: string;
  column: string;
  outcome: string;
  within: string | null;
}

/**
 * Per label, the customers with it in their look-back, converters and the others apart; a
 * last row (label NULL) holds the group sizes.
 */
export const outcomesSql: DialectSql<Parts> = {
  duckdb: ({ relation, column, outcome, within }) => {
    const key = orderKey(0, '0');
    const back = (ref: string) => (within ? ` AND epoch_us(ts) >= ${ref} - ${within}` : '');
    return `
    WITH events_ AS (SELECT customer_id, ts, seq, ${column} AS label, ${key} AS k, ${outcome} AS is_outcome FROM ${relation}),
    customers AS (
      SELECT customer_id, min(k) FILTER (WHERE is_outcome) AS first_k, max(epoch_us(ts)) AS last_us
      FROM events_ GROUP BY customer_id)
    SELECT label,
      count(DISTINCT customer_id) FILTER (WHERE first_k IS NOT NULL) AS converted,
      count(DISTINCT customer_id) FILTER (WHERE first_k IS NULL) AS not_converted,
      (SELECT count(first_k) FROM customers) AS n_converted,
      (SELECT count(*) - count(first_k) FROM customers) AS n_not_converted
    FROM events_ JOIN customers USING (customer_id)
    WHERE label IS NOT NULL AND CASE WHEN first_k IS NOT NULL
      THEN k < first_k${back(keyMicros('first_k'))}
      ELSE true${back('last_us')} END
    GROUP BY label
    UNION ALL
    SELECT NULL, 0, 0, count(first_k), count(*) - count(first_k) FROM customers`;
  },
  clickhouse: ({ relation, column, outcome, within }) => {
    // per customer, events sorted by (t, seq): fi = position of the first outcome (0: none)
    const back = (ref: string) => (within ? ` AND e.1 >= ${ref} - ${within}` : '');
    const perCustomer = `SELECT fi > 0 AS is_converted, arrayDistinct(arrayMap(e -> e.4, arrayFilter((e, i) -> e.3 = 1
          AND if(fi > 0, i < fi${back('evs[fi].1')}, 1${back('evs[-1].1')}), evs, arrayEnumerate(evs)))) AS labels
      FROM (SELECT evs, arrayFirstIndex(e -> e.5 = 1, evs) AS fi
        FROM (SELECT arraySort(groupArray((t, seq, toUInt8(isNotNull(${column})), ifNull(${column}, ''), toUInt8(${outcome})))) AS evs
          FROM ${relation} GROUP BY customer_id))`;
    const totals = `(SELECT countIf(is_converted) FROM (${perCustomer})) AS n_converted,
      (SELECT countIf(NOT is_converted) FROM (${perCustomer})) AS n_not_converted`;
    return `
    SELECT label, countIf(is_converted) AS converted, countIf(NOT is_converted) AS not_converted, ${totals}
    FROM (${perCustomer}) ARRAY JOIN labels AS label
    GROUP BY label
    UNION ALL
    SELECT NULL, 0, 0, countIf(is_converted), countIf(NOT is_converted) FROM (${perCustomer})`;
  },
};

const Row = z.object({
  label: z.string().nullable(),
  converted: z.number(),
  not_converted: z.number(),
  n_converted: z.number(),
  n_not_converted: z.number(),
});

/**
 * Compares converters and non-converters label by label.
 *
 * @example
 * await outcomes(store, { outcome: 'purchase', within: '30d', map, by: 'touchpoint' });
 */
export async function outcomes(store: EventStore, options: OutcomesOptions): Promise<OutcomesResult> {
  const o = OutcomesOptions.parse(options);
  const ch = isClickHouseStore(store) ? store : undefined;
  const p = new SqlParams(ch ? 'clickhouse' : 'duckdb');
  const by = o.by ?? (o.map ? 'touchpoint' : 'event');
  const source = ch ? chEventSource(ch, 'outcomes', by, o.map, p) : eventSource(p, by, o.map);
  const sql = (ch ? outcomesSql.clickhouse : outcomesSql.duckdb)({
    ...source,
    outcome: p.matches('event', o.outcome),
    within: o.within === undefined ? null : p.value(BigInt(Math.round(o.within * 1e6))),
  });
  const rows = isClickHouseStore(store)
    ? await chRows(store, sql, p, Row)
    : await queryRows(store.conn, sql, p, Row);
  const n1 = rows[0]?.n_converted ?? 0;
  const n0 = rows[0]?.n_not_converted ?? 0;
  const share = (k: number, n: number) => (n === 0 ? 0 : k / n);
  const result = rows
    .filter((r) => r.label !== null)
    .map((r) => {
      const shareConverted = share(r.converted, n1);
      const shareNotConverted = share(r.not_converted, n0);
      return {
        name: r.label as string,
        converted: r.converted,
        notConverted: r.not_converted,
        shareConverted,
        shareNotConverted,
        lift: shareNotConverted === 0 ? null : shareConverted / shareNotConverted,
        pValue: fisherExact(r.converted, n1 - r.converted, r.not_converted, n0 - r.not_converted),
      };
    })
    .sort(
      (a, b) =>
        a.pValue - b.pValue || (b.lift ?? Infinity) - (a.lift ?? Infinity) || (a.name < b.name ? -1 : 1),
    );
  return {
    outcome: o.outcome,
    withinSeconds: o.within ?? null,
    converted: n1,
    notConverted: n0,
    test: 'fisher-exact-two-sided',
    rows: result,
  };
}
