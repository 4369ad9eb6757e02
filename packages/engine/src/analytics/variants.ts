import { z } from 'zod';
import { chEventSource } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { ensureJourneys, isJourneyColumn } from '../store/journeys.ts';
import { hasPeriod, MapOption, PeriodOption } from './options.ts';
import { codedSource, Dimension } from './source.ts';
import type { DialectSql } from './sql/dialect.ts';
import { keyPayload, orderKey } from './sql/order-key.ts';
import { SqlParams } from './sql/params.ts';
import { queryRows } from './sql/run.ts';

/** Options of {@link variants}. */
export const VariantsOptions = z.object({
  by: Dimension.default('event'),
  map: MapOption,
  collapse: z.boolean().default(false).describe('Merge consecutive repeats of a label (A A B → A B)'),
  limit: z.number().int().positive().optional().describe('Keep only the most frequent variants'),
  period: PeriodOption,
});
export type VariantsOptions = z.input<typeof VariantsOptions>;

/**
 * Variants: each customer's whole sequence of labels (events ordered by ts, then seq),
 * and how many customers share it; sorted by count, descending, then by the activities.
 * `total` counts all customers, `distinct` all variants, even when `limit` cuts the list.
 */
export const VariantsResult = z.object({
  total: z.number().int(),
  distinct: z.number().int(),
  variants: z.array(z.object({ activities: z.array(z.string()), count: z.number().int() })),
});
export type VariantsResult = z.infer<typeof VariantsResult>;

interface Parts {
  /** DuckDB: a FROM item with one row per customer and its labels in order (`labels`); else the coded source. */
  paths?: string;
  ctes: readonly string[];
  relation: string;
  names: string;
  column: string;
  collapse: boolean;
  limit: string;
}

const CODE_BITS = 24;

/**
 * Per customer: sort packed (ts, seq, code) keys, keep the codes, optionally drop repeats;
 * then group customers by that list and decode the top lists to names. With `paths`
 * (`journey_paths`), DuckDB groups the stored lists and sorts nothing per customer.
 */
export const variantsSql: DialectSql<Parts> = {
  duckdb: ({ paths, ctes, relation, names, collapse, limit }) => {
    if (paths !== undefined) {
      const kept = collapse ? `list_filter(labels, (c, i) -> i = 1 OR c <> labels[i - 1])` : 'labels';
      return `
    SELECT activities, count(*) AS n, sum(count(*)) OVER () AS total, count(*) OVER () AS distinct_n
    FROM (SELECT ${kept} AS activities FROM ${paths} WHERE len(labels) > 0)
    GROUP BY activities
    ORDER BY n DESC, activities
    LIMIT ${limit}`;
    }
    const codes = `list_transform(list_sort(list(${orderKey(CODE_BITS, 'code')})), k -> ${keyPayload('k', CODE_BITS)})`;
    const kept = collapse ? `list_filter(codes, (c, i) -> i = 1 OR c <> codes[i - 1])` : 'codes';
    return `${ctes.length > 0 ? `WITH ${ctes.join(', ')}` : ''}
    SELECT list_transform(codes, c -> names[c]) AS activities, n, total, distinct_n
    FROM (
      SELECT codes, count(*) AS n, sum(count(*)) OVER () AS total, count(*) OVER () AS distinct_n
      FROM (SELECT ${kept} AS codes FROM (SELECT ${codes} AS codes FROM ${relation} GROUP BY customer_id))
      GROUP BY codes), (SELECT ${names} AS names)
    ORDER BY n DESC, activities
    LIMIT ${limit}`;
  },
  clickhouse: ({ relation, column, collapse, limit }) => {
    const seq = `arrayMap(x -> x.3, arraySort(groupArray((t, seq, assumeNotNull(${column})))))`;
    const kept = collapse ? `arrayFilter((c, i) -> i = 1 OR c != s[i - 1], s, arrayEnumerate(s))` : 's';
    const grouped = `SELECT ${kept} AS activities, count() AS n
      FROM (SELECT ${seq} AS s FROM ${relation} WHERE ${column} IS NOT NULL GROUP BY customer_id)
      GROUP BY activities`;
    // no window functions: the totals come from the grouped variants read once more
    return `
    SELECT activities, n, (SELECT sum(n) FROM (${grouped})) AS total, (SELECT count() FROM (${grouped})) AS distinct_n
    FROM (${grouped})
    ORDER BY n DESC, activities
    ${limit === 'ALL' ? '' : `LIMIT ${limit}`}`;
  },
};

const Row = z.object({
  activities: z.array(z.string()),
  n: z.number(),
  total: z.number(),
  distinct_n: z.number(),
});

/**
 * Counts the variants (whole journeys) of all customers by activity (default), channel,
 * touchpoint or stage.
 *
 * @example
 * const { total, variants } = await variants(store, { limit: 10 });
 */
export async function variants(store: EventStore, options: VariantsOptions = {}): Promise<VariantsResult> {
  const { by, map, collapse, limit, period } = VariantsOptions.parse(options);
  if (isClickHouseStore(store)) {
    const p = new SqlParams('clickhouse');
    const source = chEventSource(store, 'variants', by, map, p, period);
    // LIMIT takes a plain number in ClickHouse; `limit` is a checked positive integer
    const sql = variantsSql.clickhouse({
      ctes: [],
      names: '',
      ...source,
      collapse,
      limit: String(limit ?? 'ALL'),
    });
    return variantsResult(await chRows(store, sql, p, Row));
  }
  const p = new SqlParams('duckdb');
  const presorted = map === undefined && !hasPeriod(period) && isJourneyColumn(by);
  if (presorted) await ensureJourneys(store.conn);
  const coded = presorted ? { ctes: [], relation: '', names: '' } : codedSource(p, by, map, period);
  const sql = variantsSql.duckdb({
    ...coded,
    ...(presorted ? { paths: `(SELECT ${by}s AS labels FROM journey_paths)` } : {}),
    column: by,
    collapse,
    limit: limit === undefined ? 'ALL' : p.value(limit),
  });
  return variantsResult(await queryRows(store.conn, sql, p, Row));
}

function variantsResult(rows: z.infer<typeof Row>[]): VariantsResult {
  return {
    total: rows[0]?.total ?? 0,
    distinct: rows[0]?.distinct_n ?? 0,
    variants: rows.map((r) => ({ activities: r.activities, count: r.n })),
  };
}
