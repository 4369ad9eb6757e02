import { restitchIfStale } from './identity.ts';
import { type ClickHouseStore, openClickHouseStore } from './store.ts';
import { type ClickHouseAddress, clickHouseAddressFromEnv } from './url.ts';

/**
 * Opens a ClickHouse store and finishes what a stopped import left: when events arrived
 * after the last identity stitch, it stitches again (as the DuckDB store does on open).
 */
export async function openClickHouse(address: ClickHouseAddress): Promise<ClickHouseStore> {
  const store = await openClickHouseStore(address);
  try {
    await restitchIfStale(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** The ClickHouse store named by `OPENCJM_CLICKHOUSE_URL`, or undefined when it is not set. */
export async function openClickHouseFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ClickHouseStore | undefined> {
  const address = clickHouseAddressFromEnv(env);
  return address ? openClickHouse(address) : undefined;
}
