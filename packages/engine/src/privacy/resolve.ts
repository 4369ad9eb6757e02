import type { DuckDBConnection } from '@duckdb/node-api';
import { identifierOf } from '../identity/identifiers.ts';

export { identifierOf };

/** A customer as the store knows them: the stitched id and every identifier stitched into it. */
export interface KnownCustomer {
  readonly customer: string;
  readonly identifiers: readonly string[];
}

/**
 * The customer `input` names, with all their identifiers, or undefined when the store holds
 * nothing about them. Events belong to the customer whose identity their `customer_ref`
 * maps to (or who is the `customer_ref` itself, when it was never stitched).
 */
export async function findCustomer(
  conn: DuckDBConnection,
  input: string,
): Promise<KnownCustomer | undefined> {
  const identifier = identifierOf(input);
  const [row] = (
    await conn.runAndReadAll(
      `WITH target AS (SELECT coalesce((SELECT min(customer_id) FROM identity WHERE identifier = $1), $1) AS id)
       SELECT (SELECT id FROM target) AS customer,
         (SELECT list(DISTINCT identifier ORDER BY identifier) FROM (
            SELECT identifier FROM identity WHERE customer_id = (SELECT id FROM target)
            UNION ALL SELECT customer_ref FROM events WHERE customer_ref = (SELECT id FROM target))) AS identifiers`,
      [identifier],
    )
  ).getRowObjectsJS();
  const identifiers = (row?.identifiers as string[] | null) ?? [];
  if (row === undefined || identifiers.length === 0) return undefined;
  return { customer: String(row.customer), identifiers };
}
