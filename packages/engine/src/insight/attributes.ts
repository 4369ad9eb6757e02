import { AnalyticsError } from '../analytics/errors.ts';
import type { DuckDbStore } from '../store/duckdb.ts';

/** Most attribute names an error lists. */
const LISTED = 40;

/**
 * Checks that some event carries the customer attribute `name` in its properties; else an
 * `unknown-attribute` error listing the attributes the events do carry, so a misspelt
 * `--by segmnet` is told what to ask for instead of getting an empty breakdown.
 */
export async function requireAttribute(store: DuckDbStore, name: string): Promise<void> {
  const path = `$."${name.replaceAll('"', '\\"')}"`;
  const found = await store.conn.runAndReadAll(
    'SELECT 1 FROM events WHERE json_extract_string(properties, $1) IS NOT NULL LIMIT 1',
    [path],
  );
  if (found.currentRowCount > 0) return;
  const keys = (
    await store.conn.runAndReadAll(
      `SELECT DISTINCT k FROM (SELECT unnest(json_keys(properties)) AS k FROM events WHERE properties IS NOT NULL)
       ORDER BY k LIMIT ${LISTED}`,
    )
  )
    .getRowObjectsJS()
    .map((row) => String(row.k));
  const available = keys.length === 0 ? 'none: the events carry no properties' : keys.join(', ');
  throw new AnalyticsError(
    'unknown-attribute',
    `no event carries the attribute "${name}"; available: ${available}`,
    {
      attribute: name,
      available,
    },
  );
}
