import type { DialectSql } from '../../analytics/sql/dialect.ts';

/** What the presence query reads: placed events (see `placedEventsSql`). */
export interface PresenceParts {
  readonly relation: string;
}

/**
 * Customers per place: all customers (dim `overall`), and those with an event at each stage
 * and touchpoint — the reach of a finding there.
 */
export const presenceSql: DialectSql<PresenceParts> = {
  duckdb: ({ relation }) => `
    SELECT d.dim AS dim, d.name AS name, count(DISTINCT customer_id) AS customers
    FROM (
      SELECT customer_id, unnest([{'dim': 'overall', 'name': NULL::VARCHAR}, {'dim': 'stage', 'name': stage},
        {'dim': 'touchpoint', 'name': touchpoint}]) AS d
      FROM ${relation})
    WHERE d.dim = 'overall' OR d.name IS NOT NULL
    GROUP BY d.dim, d.name`,
  clickhouse: ({ relation }) => `
    SELECT d.1 AS dim, d.2 AS name, uniqExact(customer_id) AS customers
    FROM (SELECT customer_id, arrayJoin([('overall', NULL), ('stage', stage), ('touchpoint', touchpoint)]) AS d
      FROM ${relation})
    WHERE d.1 = 'overall' OR d.2 IS NOT NULL
    GROUP BY dim, name`,
};
