import type { DuckDbStore } from '../store/duckdb.ts';
import { findCustomer, type KnownCustomer } from './resolve.ts';

/** Everything the store holds about one customer, as JSON. */
export interface CustomerExport extends KnownCustomer {
  readonly exportedAt: string;
  /** Every event, all columns, in time order. */
  readonly events: readonly Record<string, unknown>[];
  /** Quarantined rows that mention one of the identifiers (import, file, line, raw, reason). */
  readonly quarantined: readonly Record<string, unknown>[];
}

/** Plain JSON values of a DuckDB row (times as ISO 8601, big integers as numbers, JSON parsed). */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      if (typeof value === 'bigint') return [key, Number(value)];
      if (value instanceof Date) return [key, value.toISOString()];
      if (key === 'properties' && typeof value === 'string') return [key, JSON.parse(value) as unknown];
      return [key, value];
    }),
  );
}

/**
 * Everything held about the customer `input` names (a data subject access request): their
 * identifiers, every event with every column, and quarantined rows mentioning them.
 * Undefined when nothing is known.
 */
export async function exportCustomer(store: DuckDbStore, input: string): Promise<CustomerExport | undefined> {
  const found = await findCustomer(store.conn, input);
  if (found === undefined) return undefined;
  const list = `[${found.identifiers.map((_, i) => `$${i + 1}`).join(', ')}]`;
  const events = (
    await store.conn.runAndReadAll(
      `SELECT event_id, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS ts, event, customer_ref, identifiers,
         channel, source, url, text, score, value, CAST(properties AS VARCHAR) AS properties, import_id, line
       FROM events WHERE list_contains(${list}, customer_ref) ORDER BY ts, seq`,
      [...found.identifiers],
    )
  ).getRowObjectsJS();
  const values = found.identifiers.map((id) => id.slice(id.indexOf(':') + 1)).filter((v) => v.length >= 3);
  const quarantined =
    values.length === 0
      ? []
      : (
          await store.conn.runAndReadAll(
            `SELECT import_id, source, line, raw, reason FROM quarantine
             WHERE ${values.map((_, i) => `contains(raw, $${i + 1})`).join(' OR ')} ORDER BY import_id, line`,
            values,
          )
        ).getRowObjectsJS();
  return {
    ...found,
    exportedAt: new Date().toISOString(),
    events: events.map(plain),
    quarantined: quarantined.map(plain),
  };
}
