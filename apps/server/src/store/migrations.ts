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
  {
    version: 2,
    sql: `
      -- Accounts and sharing (docs/security.md). Secrets are stored only as hashes:
      -- passwords as scrypt, session tokens and API keys as SHA-256.
      CREATE TABLE users (
        id VARCHAR PRIMARY KEY,
        email VARCHAR NOT NULL UNIQUE,  -- lower-case
        name VARCHAR NOT NULL,
        password_hash VARCHAR NOT NULL, -- scrypt$N$r$p$salt$key
        role VARCHAR NOT NULL,          -- viewer | commenter | editor | owner
        created_at TIMESTAMPTZ NOT NULL,
        last_sign_in_at TIMESTAMPTZ
      );
      CREATE TABLE sessions (
        token_hash VARCHAR PRIMARY KEY,
        user_id VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE api_keys (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        scope VARCHAR NOT NULL,         -- read | write | collect
        key_hash VARCHAR NOT NULL UNIQUE,
        prefix VARCHAR NOT NULL,
        origins JSON NOT NULL,
        created_by VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        last_used_at TIMESTAMPTZ,
        revoked_at TIMESTAMPTZ
      );
      CREATE TABLE shares (
        id VARCHAR PRIMARY KEY,
        token VARCHAR NOT NULL UNIQUE,  -- a read-only capability, shown again in the list
        map_id VARCHAR NOT NULL,
        password_hash VARCHAR,
        expires_at TIMESTAMPTZ,
        created_by VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ
      );
      CREATE TABLE comments (
        id VARCHAR PRIMARY KEY,
        map_id VARCHAR NOT NULL,
        target_kind VARCHAR NOT NULL,   -- card | stage
        target_id VARCHAR NOT NULL,
        author_id VARCHAR NOT NULL,
        body VARCHAR NOT NULL,
        mentions JSON NOT NULL,         -- user ids
        resolved_by VARCHAR,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE activity (
        id VARCHAR PRIMARY KEY,
        map_id VARCHAR NOT NULL,
        happened_at TIMESTAMPTZ NOT NULL,
        actor_id VARCHAR,
        action VARCHAR NOT NULL,
        changes JSON NOT NULL,
        summary VARCHAR NOT NULL
      );
      CREATE TABLE audit_log (
        id VARCHAR PRIMARY KEY,
        happened_at TIMESTAMPTZ NOT NULL,
        action VARCHAR NOT NULL,
        actor VARCHAR,
        target VARCHAR,
        ip VARCHAR,
        detail JSON NOT NULL
      );
      CREATE TABLE server_secrets (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
    `,
  },
  {
    version: 3,
    sql: `
      -- What a listing shows of each document, kept beside it on every write, so listing
      -- maps never reads whole documents (a 15 MB map would slow the list for everyone).
      ALTER TABLE maps ADD COLUMN summary JSON;
      UPDATE maps SET summary = json_object(
        'title', json_extract_string(doc, '$.title'), 'type', json_extract_string(doc, '$.type'),
        'language', json_extract_string(doc, '$.language'), 'basedOn', json_extract_string(doc, '$.basedOn'));
      ALTER TABLE personas ADD COLUMN summary JSON;
      UPDATE personas SET summary = json_object(
        'name', json_extract_string(doc, '$.name'), 'photo', json_extract_string(doc, '$.photo'),
        'avatarSeed', json_extract_string(doc, '$.avatarSeed'));
    `,
  },
  {
    version: 4,
    sql: `
      -- Initiatives made from a map's opportunities (owner, status, experiment), versioned like maps.
      CREATE TABLE initiatives (
        id VARCHAR PRIMARY KEY,
        version INTEGER NOT NULL,
        doc JSON NOT NULL,            -- the Initiative document
        updated_at TIMESTAMPTZ NOT NULL,
        summary JSON
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
