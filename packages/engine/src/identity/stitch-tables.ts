import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlStringList } from '../import/sql.ts';
import { IDENTIFIER_TYPES } from './identifiers.ts';

/** Which identifier names a merged customer: the most stable kind first. */
const CUSTOMER_PRIORITY = ['customer_id', 'crm_id', 'user_id', 'email', 'phone', 'anonymous_id'] as const;

/** Edge outcome codes in `stitch_codes`: 0 nothing new, 1 merged, 2 + kind refused by that kind's cap. */
export const SAME = 0;
export const MERGED = 1;

/** Temporary tables of one stitch. */
export const STITCH_TABLES = ['stitch_ids', 'stitch_edges', 'stitch_codes', 'stitch_roots'];

/**
 * `stitch_ids`: every identifier that shares a row with another, with its kind and first
 * sighting; its position is the union-find id. `stitch_edges`: the first identifier of a
 * row paired with each other one, once per pair, in order of first sighting.
 */
export async function prepareEdges(conn: DuckDBConnection): Promise<void> {
  const shared = 'SELECT identifiers, seq, import_id FROM events WHERE len(identifiers) > 1';
  await conn.run(`CREATE OR REPLACE TEMP TABLE stitch_ids AS
    SELECT identifier, min(seq) AS first_seq,
      (list_position(${sqlStringList(IDENTIFIER_TYPES)}, split_part(identifier, ':', 1)) - 1)::TINYINT AS kind
    FROM (SELECT unnest(identifiers) AS identifier, seq FROM (${shared})) GROUP BY identifier`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE stitch_edges AS
    SELECT a.rowid::INTEGER AS a, b.rowid::INTEGER AS b, any_value(a.identifier) AS identifier_a,
      any_value(b.identifier) AS identifier_b, min(e.seq) AS seq, arg_min(e.import_id, e.seq) AS import_id
    FROM (SELECT identifiers[1] AS first, unnest(identifiers[2:]) AS other, seq, import_id FROM (${shared})) e
    JOIN stitch_ids a ON a.identifier = e.first JOIN stitch_ids b ON b.identifier = e.other
    WHERE e.first <> e.other
    GROUP BY a.rowid, b.rowid ORDER BY seq, a, b`);
}

/** Rewrites `identity` and `identity_merges`, and clears `stitch_pending`, in one transaction. */
export async function writeResults(conn: DuckDBConnection): Promise<void> {
  // One sort key: rank of the kind (most stable first), then first sighting.
  const ranks = `[${IDENTIFIER_TYPES.map((t) => CUSTOMER_PRIORITY.indexOf(t)).join(', ')}]`;
  const key = `${ranks}[kind + 1]::BIGINT * 1e15::BIGINT + first_seq`;
  const kinds = sqlStringList(IDENTIFIER_TYPES);
  await conn.run('BEGIN TRANSACTION');
  try {
    await conn.run(`DELETE FROM identity; INSERT INTO identity
      WITH members AS (SELECT identifier, ${key} AS key, root FROM stitch_ids POSITIONAL JOIN stitch_roots WHERE size > 1),
      named AS (SELECT root, arg_min(identifier, key) AS customer_id FROM members GROUP BY root)
      SELECT m.identifier, n.customer_id FROM members m JOIN named n USING (root)`);
    await conn.run(`DELETE FROM identity_merges; INSERT INTO identity_merges
      SELECT identifier_a, identifier_b, code = ${MERGED},
        CASE WHEN code = ${MERGED} THEN 'seen together on an event'
          ELSE 'refused: the customer would hold more than its cap of ' || ${kinds}[code - 1] || ' identifiers' END,
        import_id
      FROM stitch_edges POSITIONAL JOIN stitch_codes WHERE code <> ${SAME}`);
    // Every import waiting for a stitch is covered by this one (it reads all events).
    await conn.run('DELETE FROM stitch_pending');
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK');
    throw error;
  }
}
