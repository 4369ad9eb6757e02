import type { DialectSql } from '../../analytics/sql/dialect.ts';

/** What the attribute-keys query is built from; values inside are bound placeholders. */
export interface AttributeKeysParts {
  /** Placeholders of property keys that are not customer attributes (placement, question). */
  readonly excluded: string;
  /** The FROM item of the stitched events (ClickHouse on a cluster: its view over the shards). */
  readonly events: string;
}

/**
 * Every key of `properties` with the customers who have it, how many of its values are not
 * numbers, and how many distinct values it takes — what deciding whether a key is a
 * numeric attribute, a categorical one or an id-like field needs. Keys starting with `_`
 * are internal (e.g. the demo generator's ground-truth `_segment`), never attributes.
 * ClickHouse 18.16 has no JSON key functions: the `"key":value` pairs are read with a
 * regular expression over the JSON text, so a nested object's keys count as keys too
 * (as `visitParamExtract*`, which ClickHouse reads properties with, finds them); a string
 * value is unescaped by reading it back as the one field of a small JSON object.
 */
export const attributeKeysSql: DialectSql<AttributeKeysParts> = {
  duckdb: ({ excluded, events }) => `
    SELECT key, count(DISTINCT customer_id) AS customers,
      count(*) FILTER (WHERE v IS NOT NULL AND TRY_CAST(v AS DOUBLE) IS NULL) AS non_numeric,
      count(DISTINCT v) AS distinct_values
    FROM (
      SELECT customer_id, key, json_extract_string(properties, '$."' || replace(key, '"', '\\"') || '"') AS v
      FROM (SELECT customer_id, properties, unnest(json_keys(properties)) AS key
        FROM ${events} WHERE properties IS NOT NULL AND json_type(properties) = 'OBJECT'))
    WHERE v IS NOT NULL AND key NOT IN ${excluded} AND NOT starts_with(key, '_')
    GROUP BY key
    ORDER BY customers DESC, key`,
  clickhouse: ({ excluded, events }) => `
    SELECT key, uniqExact(customer_id) AS customers, countIf(toFloat64OrNull(v) IS NULL) AS non_numeric,
      uniqExact(v) AS distinct_values
    FROM (
      SELECT customer_id, visitParamExtractString(concat('{"k":', extract(pair, '^("(?:[^"\\\\\\\\]|\\\\\\\\.)*")'), '}'), 'k') AS key,
        replaceRegexpOne(pair, '^"(?:[^"\\\\\\\\]|\\\\\\\\.)*"\\\\s*:\\\\s*', '') AS raw,
        multiIf(raw = 'null', NULL, substring(raw, 1, 1) = '"',
          visitParamExtractString(concat('{"v":', raw, '}'), 'v'), raw) AS v
      FROM (SELECT customer_id, arrayJoin(extractAll(assumeNotNull(properties), '"(?:[^"\\\\\\\\]|\\\\\\\\.)*"\\\\s*:\\\\s*(?:"(?:[^"\\\\\\\\]|\\\\\\\\.)*"|[^,}\\\\]]*)')) AS pair
        FROM ${events} WHERE properties IS NOT NULL AND startsWith(properties, '{')))
    WHERE v IS NOT NULL AND key NOT IN ${excluded} AND NOT startsWith(key, '_')
    GROUP BY key
    ORDER BY customers DESC, key`,
};
