import { existsSync, readdirSync } from 'node:fs';
import { type DuckDbStore, openDuckDbStore } from '@opencjm/engine';
import { type DocumentTable, documentTable } from './document-table.ts';
import { migrateServerStore } from './migrations.ts';
import { createStoreLock, type StoreLock } from './store-lock.ts';

/** The open workspace database with the server's document tables. */
export interface Workspace {
  /** The engine's store: one connection to `DIR/opencjm.duckdb`, owned by the server. */
  readonly store: DuckDbStore;
  /** Use `lock.exclusive` for engine work on `store` (imports): it has transactions of its own. */
  readonly lock: StoreLock;
  readonly maps: DocumentTable;
  readonly personas: DocumentTable;
  /** Whether the data directory held nothing before this open (a first start). */
  readonly fresh: boolean;
  /** Closes the database once running work (an import) has finished. */
  close(): Promise<void>;
}

/**
 * Opens the workspace in `dataDir` (or `':memory:'`): the engine's store migrations run,
 * then the server's own. DuckDB allows one process per file, so a second server on the
 * same directory fails here with a clear "in use" error.
 */
export async function openWorkspace(dataDir: string): Promise<Workspace> {
  const fresh = dataDir === ':memory:' || !existsSync(dataDir) || readdirSync(dataDir).length === 0;
  const store = await openDuckDbStore(dataDir);
  try {
    await migrateServerStore(store.conn);
  } catch (error) {
    store.close();
    throw error;
  }
  const lock = createStoreLock();
  let closed = false;
  return {
    store,
    lock,
    maps: documentTable(store.conn, lock, 'maps'),
    personas: documentTable(store.conn, lock, 'personas'),
    fresh,
    close: () =>
      lock.exclusive(async () => {
        if (!closed) store.close();
        closed = true;
      }),
  };
}
