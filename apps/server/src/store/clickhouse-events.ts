import {
  CLICKHOUSE_URL_VARIABLE,
  type ClickHouseStore,
  type DuckDbStore,
  type EventStore,
  openClickHouse,
  parseClickHouseUrl,
} from '@opencjm/engine';

/** The ClickHouse store of the URL, opened once per process and URL. */
const opened = new Map<string, Promise<ClickHouseStore>>();

/**
 * Where the server reads event figures from: with `OPENCJM_CLICKHOUSE_URL` set, the
 * ClickHouse store it names (opened on first use and kept); otherwise the workspace's own
 * DuckDB store. Documents, accounts and imports through the server stay in the workspace.
 */
export function eventStore(
  workspace: DuckDbStore,
  env: NodeJS.ProcessEnv = process.env,
): Promise<EventStore> {
  const url = env[CLICKHOUSE_URL_VARIABLE];
  if (!url) return Promise.resolve(workspace);
  let store = opened.get(url);
  if (!store) {
    store = openClickHouse(parseClickHouseUrl(url));
    // a failed open is tried again on the next request instead of being kept
    store.catch(() => opened.delete(url));
    opened.set(url, store);
  }
  return store;
}
