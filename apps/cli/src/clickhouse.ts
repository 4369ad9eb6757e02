import { join } from 'node:path';
import {
  type ClickHouseAddress,
  type ClickHouseStore,
  clickHouseAddressFromEnv,
  type ImportOptionsInput,
  type ImportSummary,
  importToClickHouse,
  openClickHouse,
} from '@opencjm/engine';
import { CliError } from './cli-io.ts';

/**
 * The one switch between the stores: with `OPENCJM_CLICKHOUSE_URL` set
 * (`http://user:password@host:8123/database`), `cjm import` writes to that ClickHouse
 * server and the analyses that run there read from it; otherwise the workspace's DuckDB.
 */
export function clickHouseAddress(): ClickHouseAddress | undefined {
  try {
    return clickHouseAddressFromEnv();
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** The analyses that run on ClickHouse (they take either store); the others refuse there. */
export const CLICKHOUSE_KINDS: ReadonlySet<string> = new Set([
  'funnel',
  'paths',
  'dfg',
  'variants',
  'dwell',
  'outcomes',
  'timeline',
  'nps',
  'csat',
  'ces',
  'emotions',
  'unmatched',
  'sentiment',
  'themes',
  'pains',
  'personas',
]);

/** Opens the ClickHouse store for an analysis kind, or says clearly that the kind does not run there. */
export async function openClickHouseFor(address: ClickHouseAddress, kind: string): Promise<ClickHouseStore> {
  if (!CLICKHOUSE_KINDS.has(kind)) {
    const kinds = [...CLICKHOUSE_KINDS].join(', ');
    throw new CliError((t) => t.analyze.notOnClickHouse(kind, kinds));
  }
  return open(address);
}

/** Imports files into the ClickHouse store; the quarantine file goes to WORKSPACE/quarantine. */
export async function importOnClickHouse(
  address: ClickHouseAddress,
  workspace: string,
  paths: readonly string[],
  options: ImportOptionsInput,
): Promise<ImportSummary> {
  const store = await open(address);
  try {
    return await importToClickHouse(store, paths, {
      ...options,
      quarantineDir: join(workspace, 'quarantine'),
    });
  } finally {
    await store.close();
  }
}

async function open(address: ClickHouseAddress): Promise<ClickHouseStore> {
  try {
    return await openClickHouse(address);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}
