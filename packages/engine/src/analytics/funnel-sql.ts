import { chQuantilesCont } from '../store/clickhouse/quantile.ts';
import type { DialectSql } from './sql/dialect.ts';
import { keyMicros, keyPayload, orderKey } from './sql/order-key.ts';

/** What the funnel query is built from; every value inside is already a bound placeholder. */
export interface FunnelParts {
  /** FROM item with the customer_events columns (and binding columns with a map). */
  readonly relation: string;
  /** One condition per step, in order. */
  readonly steps: readonly string[];
  /** Placeholder of the window in microseconds. */
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
    return `WITH ${ctes.join(',\n    ')}
    SELECT ${breakdown ? '(SELECT name FROM bdict WHERE bdict.code = bcode)' : 'NULL'} AS breakdown,
      ${breakdown ? 'grouping(bcode) = 1' : 'true'} AS overall, ${duckFunnelFigures(k)}
    FROM reached
    ${breakdown ? 'GROUP BY GROUPING SETS ((), (bcode))' : ''}`;
  },
  clickhouse: ({ relation, steps, window, breakdown, overlapping }) => {
    // The same chain per customer with arrays (18.16 has no window functions): the
    // customer's step rows sorted by key (t, seq, 255 − step); level l merges the level
    // l − 1 rows with the step-l rows, and a running count of level rows gives each step
    // row its predecessor — the last level row before it, whose entry is the latest since
    // entries only grow along a level.
    const k = steps.length;
    const stepOf = overlapping
      ? `arrayJoin(arrayFilter(x -> x > 0, [${steps.map((c, i) => `if(${c}, ${i + 1}, 0)`).join(', ')}]))`
      : `multiIf(${steps.map((c, i) => `${c}, ${i + 1}`).join(', ')}, 0)`;
    const b = breakdown ?? 'CAST(NULL AS Nullable(String))';
    // Each level is computed in a subquery of its own and read as a column above it:
    // ClickHouse 18.16 expands aliases where they are used, so levels built on the aliases
    // of earlier levels would grow the query exponentially with the number of steps.
    const layer = (from: string, keep: string[], add: string[]) =>
      `SELECT ${[...keep, ...add].join(', ')} FROM (${from})`;
    const kept = (l: number) => ['customer_id', 'rows', ...range(1, l).map((j) => `L${j}`)];
    let query = `SELECT customer_id, arraySort(groupArray((t, seq, toInt64(255 - step), step, isNull(b), ifNull(b, '')))) AS rows
          FROM (SELECT customer_id, t, seq, toUInt8(ifNull(${stepOf}, 0)) AS step, ${b} AS b FROM ${relation}
            WHERE ${steps.map((c) => `(${c})`).join(' OR ')})
          WHERE step > 0 GROUP BY customer_id`;
    query = layer(query, kept(0), [
      'arrayMap(r -> (r.1, r.2, r.3, r.1, r.2), arrayFilter(r -> r.4 = 1, rows)) AS L1',
    ]);
    for (const l of range(2, k)) {
      query = layer(query, kept(l - 1), [
        `arraySort(x -> (x.1, x.2, x.3), arrayConcat(arrayMap(r -> (r.1, r.2, r.3, toUInt8(0)), L${l - 1}),
          arrayMap(r -> (r.1, r.2, r.3, toUInt8(1)), arrayFilter(r -> r.4 = ${l}, rows)))) AS C${l}`,
        `arrayFilter(x -> x.4 = 1 AND x.5 > 0, arrayMap((x, c) -> (x.1, x.2, x.3, x.4, c), C${l},
          arrayCumSum(arrayMap(x -> 1 - x.4, C${l})))) AS D${l}`,
        `arrayFilter(y -> y.1 - y.4 <= ${window}, arrayMap(x -> (x.1, x.2, x.3, L${l - 1}[x.5].4, L${l - 1}[x.5].5), D${l})) AS L${l}`,
      ]);
    }
    const desc = range(1, k).reverse();
    query = layer(query, kept(k), [
      `multiIf(${desc.map((l) => `notEmpty(L${l}), ${l}`).join(', ')}, 0) AS level`,
      `multiIf(${desc.map((l) => `notEmpty(L${l}), (L${l}[-1].4, L${l}[-1].5)`).join(', ')}, (toInt64(0), toInt64(0))) AS bs`,
    ]);
    const times = range(2, k).map(
      (j) =>
        `arrayReduce('min', arrayMap(y -> y.1, arrayFilter(y -> y.4 = bs.1 AND y.5 = bs.2, L${j}))) AS t${j}`,
    );
    const entry = 'arrayFirst(r -> r.4 = 1 AND r.1 = bs.1 AND r.2 = bs.2, rows)';
    const perCustomer = `${layer(query, ['level', 'bs.1 AS t1'], [...times, `${entry}.5 AS b_null`, `${entry}.6 AS b_value`])}
      WHERE level > 0`;
    const sorted = (suffix: string, expr: (j: number) => string) =>
      range(2, k).map((j) => `arraySort(groupArrayIf(${expr(j)}, level >= ${j})) AS q${j}_${suffix}`);
    const fromPrevious = (j: number) => `t${j} - t${j - 1}`;
    const fromEntry = (j: number) => `t${j} - t1`;
    const quantiles = (suffix: string) =>
      `[${range(2, k)
        .map((j) => chQuantilesCont(`q${j}_${suffix}`, [0.5, 0.9]))
        .join(', ')}]`;
    const aggregate = (group: boolean) => `
      SELECT ${group ? 'if(b_null, NULL, b_value)' : 'CAST(NULL AS Nullable(String))'} AS breakdown, ${group ? 0 : 1} AS overall,
        [${range(1, k)
          .map((j) => `countIf(level >= ${j})`)
          .join(', ')}] AS customers,
        ${[...sorted('p', fromPrevious), ...sorted('e', fromEntry)].map((x) => `${x},`).join(' ')}
        ${k > 1 ? quantiles('p') : 'emptyArrayFloat64()'} AS from_previous,
        ${k > 1 ? quantiles('e') : 'emptyArrayFloat64()'} AS from_entry
      FROM (${perCustomer})
      ${group ? 'GROUP BY b_null, b_value' : ''}`;
    return breakdown ? `${aggregate(false)}\n    UNION ALL ${aggregate(true)}` : aggregate(false);
  },
};

/**
 * The answer's figures over rows of one customer each (`level`, the step reached, and `t1` …
 * `tk`, the instants of the steps, µs), DuckDB: customers per step and the median and 90th
 * percentile of the time from the previous step and from the entry.
 */
export function duckFunnelFigures(k: number): string {
  const quantiles = (expr: (j: number) => string) =>
    k > 1
      ? `[${range(2, k)
          .map((j) => `quantile_cont(${expr(j)}, [0.5, 0.9])`)
          .join(', ')}]`
      : '[]::DOUBLE[][]';
  return `[${range(1, k)
    .map((j) => `count(*) FILTER (WHERE level >= ${j})`)
    .join(', ')}] AS customers,
      ${quantiles((j) => `t${j} - t${j - 1}`)} AS from_previous,
      ${quantiles((j) => `t${j} - t1`)} AS from_entry`;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
