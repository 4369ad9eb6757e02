import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DuckDbStore } from '../store/duckdb.ts';
import { sqlLiteral } from './sql/params.ts';

/**
 * Test support for the public event logs in `../shared/data/event-logs/` beside the
 * repository (read-only, never copied in). `null` when the folder is missing.
 */
export const EVENT_LOGS_DIR: string | null = (() => {
  const dir = fileURLToPath(new URL('../../../../../shared/data/event-logs/', import.meta.url));
  return existsSync(dir) ? dir : null;
})();

/**
 * Loads a process-mining CSV (`case:concept:name`, `concept:name`, `time:timestamp`, and
 * `case:channel` when present) straight into `events` with DuckDB's reader: the case
 * becomes the customer, the activity the event, the file row number the seq.
 */
export async function loadEventLogCsv(store: DuckDbStore, path: string): Promise<void> {
  const source = `read_csv(${sqlLiteral(path)}, header = true, all_varchar = true, parallel = false)`;
  const columns = (await store.conn.runAndReadAll(`SELECT * FROM ${source} LIMIT 0`)).columnNames();
  const channel = columns.includes('case:channel') ? '"case:channel"' : 'NULL';
  await store.conn.run(`
    INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, channel, import_id, line)
    SELECT 'row-' || n, CAST("time:timestamp" AS TIMESTAMPTZ), n, "concept:name", "case:concept:name",
      ["case:concept:name"], ${channel}, 'event-log', n + 1
    FROM (SELECT *, row_number() OVER () AS n FROM ${source})`);
}

/** A test title that says why it is skipped when the logs are missing. */
export function withLogsNote(title: string): string {
  return EVENT_LOGS_DIR === null
    ? `${title} (skipped: ../shared/data/event-logs beside the repository is missing)`
    : title;
}
