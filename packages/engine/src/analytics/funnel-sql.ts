import type { DialectSql } from './sql/dialect.ts';
import { keyMicros, keyPayload, orderKey } from './sql/order-key.ts';

/** What the funnel query is built from; every value inside is already a bound placeholder. */
export interface FunnelParts {
  /** FROM item with the customer_events columns (and binding columns with a map). */
  readonly relation: string;
  /** One condition per step, in order. */
  readonly steps: readonly string[];
  /** Placeholder of the window in microseconds (ClickHouse: seconds). */
  readonly window: string;
  /** Expression of the breakdown value over the relation's columns, if any. */
  readonly breakdown?: string;
  /** Whether one event may match several steps (repeated or wildcard steps). */
  readonly overlapping: boolean;
}

/** Low bits of each packed key: 16 bits of breakdown code, then 8 bits of 255 − step. */
const PAYLOAD_BITS = 24;

/**
 * Funnel as a chain of running maxima, one window pass per step — the dynamic programme
 * ClickHouse's `windowFunnel` runs, with the times kept. Each step event becomes a row
 * keyed (ts, seq, 255 − step) — an event matching several steps gives one row per step,
 * higher step first, so one event never plays two steps of one chain. A row of level l
 * carries `s`, the entry key of its chain: a step-l event extends the latest-entry chain
 * that reached level l − 1 before it (a later entry leaves more of the window) when it is
 * within the window of that entry. Pass l sorts only the level-(l − 1) rows and the step-l
 * events. A customer's level is the furthest reached, its chain the latest entry that
 * reached it, and each step's time the first row that carried that entry to the step (the
 * greedy, earliest completion).
 */
export const funnelSql: DialectSql<FunnelParts> = {
  duckdb: ({ relation, steps, window, breakdown, overlapping }) => {
    const k = steps.length;
    const code = breakdown ? 'coalesce(least(bdict.code, 65535), 0)' : '0';
    const stepOf = overlapping
      ? `unnest([${steps.map((c, i) => `CASE WHEN ${c} THEN ${i + 1} END`).join(', ')}])`
      : `CASE ${steps.map((c, i) => `WHEN ${c} THEN ${i + 1}`).join(' ')} END`;
    const from = breakdown ? `${relation} LEFT JOIN bdict ON bdict.name = ${breakdown}` : relation;
    const ctes = breakdown
      ? [
          `bdict AS (SELECT name, row_number() OVER (ORDER BY name) AS code
          FROM (SELECT DISTINCT ${breakdown} AS name FROM events WHERE ${breakdown} IS NOT NULL))`,
        ]
      : [];
    ctes.push(`step_rows AS MATERIALIZED (
      SELECT customer_id, step, epoch_us(ts) AS t, ${orderKey(PAYLOAD_BITS, '(code << 8) | (255 - step)')} AS k
      FROM (SELECT customer_id, ts, seq, ${code} AS code, ${stepOf} AS step FROM ${from}
        WHERE ${steps.map((c) => `(${c})`).join(' OR ')})
      WHERE step IS NOT NULL)`);
    ctes.push(`level1 AS (SELECT customer_id, k, t, k AS s FROM step_rows WHERE step = 1)`);
    for (const l of range(2, k)) {
      ctes.push(`level${l} AS (
      SELECT customer_id, k, t, s FROM (
        SELECT customer_id, k, t, carried, max(s) OVER (PARTITION BY customer_id ORDER BY k
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS s
        FROM (SELECT customer_id, k, t, s, false AS carried FROM level${l - 1}
          UNION ALL SELECT customer_id, k, t, NULL, true FROM step_rows WHERE step = ${l}))
      WHERE carried AND t - ${keyMicros('s')} <= ${window})`);
    }
    // times come from the rows of levels ≥ 2; a level-1 chain needs only the latest entry
    const chains = [
      'SELECT customer_id, 1 AS level, max(s) AS s, NULL::BIGINT AS t FROM level1 GROUP BY customer_id',
      ...range(2, k).map((l) => `SELECT customer_id, ${l}, s, t FROM level${l}`),
    ];
    ctes.push(`chains AS (${chains.join(' UNION ALL ')})`);
    ctes.push(
      `best AS (SELECT customer_id, max({'level': level, 's': s}) AS b FROM chains GROUP BY customer_id)`,
    );
    const picked = [
      'b.level AS level',
      `${keyMicros('b.s')} AS t1`,
      ...range(2, k).map((j) => `min(t) FILTER (WHERE level = ${j}) AS t${j}`),
      `${keyPayload('b.s', PAYLOAD_BITS)} >> 8 AS bcode`,
    ];
    ctes.push(`reached AS (
      SELECT ${picked.join(', ')}
      FROM chains JOIN best USING (customer_id) WHERE chains.s = b.s
      GROUP BY customer_id, b)`);
    const quantiles = (expr: (j: number) => string) =>
      k > 1
        ? `[${range(2, k)
            .map((j) => `quantile_cont(${expr(j)}, [0.5, 0.9])`)
            .join(', ')}]`
        : '[]::DOUBLE[][]';
    return `WITH ${ctes.join(',\n    ')}
    SELECT ${breakdown ? '(SELECT name FROM bdict WHERE bdict.code = bcode)' : 'NULL'} AS breakdown,
      ${breakdown ? 'grouping(bcode) = 1' : 'true'} AS overall,
      [${range(1, k)
        .map((j) => `count(*) FILTER (WHERE level >= ${j})`)
        .join(', ')}] AS customers,
      ${quantiles((j) => `t${j} - t${j - 1}`)} AS from_previous,
      ${quantiles((j) => `t${j} - t1`)} AS from_entry
    FROM reached
    ${breakdown ? 'GROUP BY GROUPING SETS ((), (bcode))' : ''}`;
  },
  clickhouse: ({ relation, steps, window, breakdown }) => {
    const k = steps.length;
    return `
    SELECT ${breakdown ? 'b' : 'NULL'} AS breakdown, 0 AS overall,
      [${range(1, k)
        .map((j) => `countIf(level >= ${j})`)
        .join(', ')}] AS customers,
      [] AS from_previous, [] AS from_entry
    FROM (SELECT customer_id, windowFunnel(${window})(ts, ${steps.join(', ')}) AS level
      ${breakdown ? `, argMinIf(${breakdown}, (ts, seq), ${steps[0]}) AS b` : ''}
      FROM ${relation} WHERE ${steps.map((c) => `(${c})`).join(' OR ')} GROUP BY customer_id)
    WHERE level > 0
    ${breakdown ? 'GROUP BY b WITH TOTALS' : ''}`;
  },
};

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
