import { existsSync, readdirSync } from 'node:fs';
import { type DuckDbStore, openDuckDbStore } from '@opencjm/engine';
import { type AnalysisLimits, type AnalysisQueue, analysisQueue } from './analysis-queue.ts';
import { type DocumentTable, documentTable } from './document-table.ts';
import { migrateServerStore } from './migrations.ts';
import { createStoreLock, type StoreLock } from './store-lock.ts';

/** The open workspace database with the server's document tables. */
export interface Workspace {
  /** The engine's store: its main connection is for imports, one at a time (`lock.exclusive`). */
  readonly store: DuckDbStore;
  /** Orders work on `store.conn`: imports run `exclusive` (they have transactions of their own). */
  readonly lock: StoreLock;
  /** Analyses, on a connection of their own: they read committed data while an import runs. */
  readonly analyses: AnalysisQueue;
  /** Maps and personas, on a connection of their own: never behind an import or an analysis. */
  readonly maps: DocumentTable;
  readonly personas: DocumentTable;
  /** Initiatives made from maps' opportunities, on the documents' connection. */
  readonly initiatives: DocumentTable;
  /** Whether the data directory held nothing before this open (a first start). */
  readonly fresh: boolean;
  /** Closes the database once running work (an import, an analysis) has finished. */
  close(): Promise<void>;
}

/**
 * Opens the workspace in `dataDir` (or `':memory:'`): the engine's store migrations run,
 * then the server's own. DuckDB allows one process per file, so a second server on the
 * same directory fails here with a clear "in use" error.
 */
export async function openWorkspace(dataDir: string, limits: AnalysisLimits = {}): Promise<Workspace> {
  const fresh = dataDir === ':memory:' || !existsSync(dataDir) || readdirSync(dataDir).length === 0;
  const store = await openDuckDbStore(dataDir);
  try {
    await migrateServerStore(store.conn);
    const documents = await store.connect();
    const analyses = analysisQueue({ ...store, conn: await store.connect() }, limits);
    const lock = createStoreLock();
    let closed = false;
    return {
      store,
      lock,
      analyses,
      maps: documentTable(documents, 'maps'),
      personas: documentTable(documents, 'personas'),
      initiatives: documentTable(documents, 'initiatives'),
      fresh,
      close: () =>
        lock.exclusive(async () => {
          await analyses.idle();
          if (!closed) store.close();
          closed = true;
        }),
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
