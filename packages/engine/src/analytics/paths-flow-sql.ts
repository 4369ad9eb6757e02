import type { DialectSql } from './sql/dialect.ts';
import { keyPayload, orderKey } from './sql/order-key.ts';

/** What the flow query is built from; values are bound placeholders. */
export interface FlowParts {
  /** DuckDB: `WITH` items of the coded source. */
  readonly ctes: readonly string[];
  /** DuckDB: coded source (customer_id, ts, seq, code); ClickHouse: the events relation. */
  readonly relation: string;
  /** DuckDB: list of names indexed by code. */
  readonly names: string;
  /** ClickHouse: the label column. */
  readonly column: string;
  /** Code of the anchor label (ClickHouse: the label itself). */
  readonly anchor: string;
  /** +1 for the steps after the anchor, −1 for the steps before it. */
  readonly direction: 1 | -1;
  readonly depth: string;
  readonly top: string;
  readonly collapse: boolean;
}

const CODE_BITS = 24;

/**
 * Flows around the first occurrence of the anchor in each journey: one row per customer
 * and step j (0 = the anchor … depth) with the label there and at step j − 1 (NULL past
 * either end of the journey: drop-off). Per step the `top` labels by customers keep their
 * name, the rest become "other". Returned grouped as links (step j − 1 → step j).
 */
export const flowSql: DialectSql<FlowParts> = {
  duckdb: ({ ctes, relation, names, anchor, direction, depth, top, collapse }) => {
    const codes = `list_transform(list_sort(list(${orderKey(CODE_BITS, 'code')})), k -> ${keyPayload('k', CODE_BITS)})`;
    const kept = collapse ? `list_filter(codes, (c, i) -> i = 1 OR c <> codes[i - 1])` : 'codes';
    const at = (offset: string) =>
      `CASE WHEN i + ${direction} * (${offset}) BETWEEN 1 AND len(codes) THEN codes[i + ${direction} * (${offset})] END`;
    return `WITH ${[...ctes, ''].join(', ')}
    anchored AS (
      SELECT codes, list_position(codes, ${anchor}) AS i
      FROM (SELECT ${kept} AS codes FROM (SELECT ${codes} AS codes FROM ${relation} GROUP BY customer_id))),
    cells AS (
      SELECT j, ${at('j')} AS code, CASE WHEN j > 0 THEN ${at('j - 1')} END AS prev
      FROM anchored, range(0, ${depth} + 1) AS steps(j) WHERE i > 0),
    ranked AS (
      SELECT j, code, row_number() OVER (PARTITION BY j ORDER BY count(*) DESC, any_value(names)[code]) AS rank
      FROM cells, (SELECT ${names} AS names) WHERE code IS NOT NULL GROUP BY j, code)
    SELECT c.j, names[t.code] AS name, c.code IS NULL AS dropped, names[tp.code] AS prev_name,
      c.prev IS NULL AS prev_dropped, count(*) AS customers
    FROM cells AS c
      LEFT JOIN ranked AS t ON t.j = c.j AND t.code = c.code AND t.rank <= ${top}
      LEFT JOIN ranked AS tp ON tp.j = c.j - 1 AND tp.code = c.prev AND tp.rank <= ${top},
      (SELECT ${names} AS names)
    GROUP BY ALL
    ORDER BY c.j, customers DESC, name, dropped, prev_name, prev_dropped`;
  },
  clickhouse: ({ relation, column, anchor, direction, depth, top, collapse }) => {
    const seq = `arrayMap(x -> x.3, arraySort(groupArray((t, seq, assumeNotNull(${column})))))`;
    const kept = collapse ? `arrayFilter((c, i) -> i = 1 OR c != s[i - 1], s, arrayEnumerate(s))` : 's';
    const at = (offset: string) =>
      `if(toInt64(i) + ${direction} * toInt64(${offset}) BETWEEN 1 AND length(codes), codes[toInt64(i) + ${direction} * toInt64(${offset})], NULL)`;
    const cells = `SELECT j, ${at('j')} AS code, if(j > 0, ${at('j - 1')}, NULL) AS prev
      FROM (SELECT codes, indexOf(codes, ${anchor}) AS i
        FROM (SELECT ${kept} AS codes FROM (SELECT ${seq} AS s FROM ${relation} WHERE ${column} IS NOT NULL GROUP BY customer_id)))
      ARRAY JOIN range(toUInt64(${depth}) + 1) AS j WHERE i > 0`;
    // per step the top labels by customers, ties by name (18.16: LIMIT BY, no row_number)
    const ranked = `SELECT j, assumeNotNull(code) FROM (${cells}) WHERE code IS NOT NULL GROUP BY j, code
      ORDER BY j, count() DESC, code LIMIT ${top} BY j`;
    // 18.16 fails on IN subqueries inside an aggregating query: cells are named first,
    // then grouped, and the outer query gives the row's names
    const named = `SELECT j AS step, if((j, assumeNotNull(code)) IN (${ranked}), code, NULL) AS label_name,
        isNull(code) AS is_dropped, if((toUInt64(j - 1), assumeNotNull(prev)) IN (${ranked}), prev, NULL) AS prev_label,
        isNull(prev) AS prev_is_dropped
      FROM (${cells})`;
    return `
    SELECT toInt64(step) AS j, label_name AS name, is_dropped AS dropped, prev_label AS prev_name,
      prev_is_dropped AS prev_dropped, count() AS customers
    FROM (${named})
    GROUP BY step, label_name, is_dropped, prev_label, prev_is_dropped
    ORDER BY j, customers DESC, name, dropped, prev_name, prev_dropped`;
  },
};
