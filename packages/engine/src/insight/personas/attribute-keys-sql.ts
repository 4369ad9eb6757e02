import type { DialectSql } from '../../analytics/sql/dialect.ts';

/** What the attribute-keys query is built from; values inside are bound placeholders. */
export interface AttributeKeysParts {
  /** Placeholders of property keys that are not customer attributes (placement, question). */
  readonly excluded: string;
}

/**
 * Every key of `properties` with the customers who have it, how many of its values are not
 * numbers, and how many distinct values it takes — what deciding whether a key is a
 * numeric attribute, a categorical one or an id-like field needs. Keys starting with `_`
 * are internal (e.g. the demo generator's ground-truth `_segment`), never attributes.
 * DuckDB only (json_keys).
 */
export const attributeKeysSql: Pick<DialectSql<AttributeKeysParts>, 'duckdb'> = {
  duckdb: ({ excluded }) => `
    SELECT key, count(DISTINCT customer_id) AS customers,
      count(*) FILTER (WHERE v IS NOT NULL AND TRY_CAST(v AS DOUBLE) IS NULL) AS non_numeric,
      count(DISTINCT v) AS distinct_values
    FROM (
      SELECT customer_id, key, json_extract_string(properties, '$."' || replace(key, '"', '\\"') || '"') AS v
      FROM (SELECT customer_id, properties, unnest(json_keys(properties)) AS key
        FROM customer_events WHERE properties IS NOT NULL AND json_type(properties) = 'OBJECT'))
    WHERE v IS NOT NULL AND key NOT IN ${excluded} AND NOT starts_with(key, '_')
    GROUP BY key
    ORDER BY customers DESC, key`,
};
