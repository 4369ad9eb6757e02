import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { recoverStore } from './recover.ts';
import { migrateStore } from './schema.ts';

/** An open embedded event store. */
export interface DuckDbStore {
  readonly conn: DuckDBConnection;
  /** Path of the database file, or ':memory:'. */
  readonly path: string;
  /**
   * Another connection to the same database, with transactions of its own: for work that
   * must not wait behind a long job on `conn` (the server's accounts). Closed by `close`.
   */
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

/**
 * Opens (creating if needed) the workspace database `DIR/opencjm.duckdb`, or an in-memory
 * store for `':memory:'`, runs pending store migrations and recovers from a process that
 * was killed with the store open (`recoverStore`: leftover temporary files, an unfinished
 * identity stitch). DuckDB allows one process per file: a second process gets a clear
 * "in use" error.
 */
export async function openDuckDbStore(workspace: string): Promise<DuckDbStore> {
  let path = ':memory:';
  if (workspace !== ':memory:') {
    mkdirSync(workspace, { recursive: true });
    path = join(workspace, 'opencjm.duckdb');
  }
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(message)) {
      throw new Error(
        `The workspace database ${path} is in use by another process (is the OpenCJM server running?). ${message}`,
      );
    }
    throw error;
  }
  const conn = await instance.connect();
  await migrateStore(conn);
  const extras: DuckDBConnection[] = [];
  const store: DuckDbStore = {
    conn,
    path,
    async connect() {
      const extra = await instance.connect();
      extras.push(extra);
      return extra;
    },
    close() {
      for (const extra of extras.splice(0)) extra.closeSync();
      conn.closeSync();
      instance.closeSync();
    },
  };
  await recoverStore(store);
  return store;
}
