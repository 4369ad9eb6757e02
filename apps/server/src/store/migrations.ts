import type { DuckDbStore } from '@opencjm/engine';

type Connection = DuckDbStore['conn'];

/**
 * The server's own numbered migrations of the workspace database, kept apart from the
 * engine's event-store migrations (`store_version`). Each runs once, in order, inside one
 * transaction; the last applied number is kept in `server_store_version`. Append new
 * steps; never edit an applied one.
 */
export const SERVER_STORE_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      -- version: optimistic-concurrency counter, 1 on create, +1 on every write
      CREATE TABLE maps (
        id VARCHAR PRIMARY KEY,
        version INTEGER NOT NULL,
        doc JSON NOT NULL,            -- the JourneyMap document, schemaVersion included
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE personas (
        id VARCHAR PRIMARY KEY,
        version INTEGER NOT NULL,
        doc JSON NOT NULL,            -- the Persona document
        updated_at TIMESTAMPTZ NOT NULL
      );
    `,
  },
];

/**
 * Brings the server tables to the newest version; safe to call on every start. Runs
 * before the server accepts requests, so the transaction has the connection to itself.
 */
export async function migrateServerStore(conn: Connection): Promise<number> {
  await conn.run('CREATE TABLE IF NOT EXISTS server_store_version (version INTEGER NOT NULL)');
  const rows = (
    await conn.runAndReadAll('SELECT max(version) AS v FROM server_store_version')
  ).getRowObjectsJS();
  let current = Number(rows[0]?.v ?? 0);
  for (const step of SERVER_STORE_MIGRATIONS) {
    if (step.version <= current) continue;
    await conn.run('BEGIN TRANSACTION');
    try {
      await conn.run(step.sql);
      await conn.run('INSERT INTO server_store_version VALUES ($1)', [step.version]);
      await conn.run('COMMIT');
    } catch (error) {
      await conn.run('ROLLBACK');
      throw error;
    }
    current = step.version;
  }
  return current;
}
