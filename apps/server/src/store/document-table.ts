import type { DuckDbStore } from '@opencjm/engine';
import type { StoreLock } from './store-lock.ts';

type Connection = DuckDbStore['conn'];

/** The tables of versioned documents the server keeps (see `migrations.ts`). */
export type DocumentTableName = 'maps' | 'personas';

/** One stored document with its optimistic-concurrency version. */
export interface StoredDocument {
  readonly id: string;
  /** 1 when created, +1 on every write. */
  readonly version: number;
  /** The parsed JSON document, not yet validated. */
  readonly doc: unknown;
  /** ISO 8601 instant of the last write. */
  readonly updatedAt: string;
}

/** A row of a listing: id, version, time and the requested top-level document fields. */
export interface DocumentSummary {
  readonly id: string;
  readonly version: number;
  readonly updatedAt: string;
  /** Top-level document fields by name, as text; null when absent. */
  readonly fields: Readonly<Record<string, string | null>>;
}

/** A write that went through: the document's new version and time. */
export interface Written {
  readonly ok: true;
  readonly version: number;
  readonly updatedAt: string;
}

/** The outcome of creating a document. */
export type InsertOutcome = Written | { readonly ok: false; readonly reason: 'id-taken' };

/** The outcome of a compare-and-set write. */
export type WriteOutcome =
  | Written
  | { readonly ok: false; readonly reason: 'not-found' }
  | { readonly ok: false; readonly reason: 'version-conflict'; readonly current: StoredDocument };

/** Versioned JSON documents in one table, written by compare-and-set on `version`. */
export interface DocumentTable {
  list(fields: readonly string[]): Promise<DocumentSummary[]>;
  get(id: string): Promise<StoredDocument | undefined>;
  count(): Promise<number>;
  /** Stores a new document at version 1, unless the id is taken. */
  insert(id: string, doc: unknown): Promise<InsertOutcome>;
  /** Replaces the document only if its version is still `expected`. */
  update(id: string, expected: number, doc: unknown): Promise<WriteOutcome>;
  /** Deletes the document only if its version is still `expected`. */
  remove(id: string, expected: number): Promise<WriteOutcome>;
}

const FIELD = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The document table `table` on `conn`. Every write is one SQL statement whose `WHERE`
 * compares the version, so two writers holding the same version can never both win.
 * Statements run under `lock.shared`, never inside another job's transaction.
 */
export function documentTable(conn: Connection, lock: StoreLock, table: DocumentTableName): DocumentTable {
  const rows = (sql: string, values: (string | number)[]) =>
    lock.shared(async () => (await conn.runAndReadAll(sql, values)).getRowObjectsJS());
  const written = (row: Record<string, unknown> | undefined): Written | undefined =>
    row === undefined ? undefined : { ok: true, version: Number(row.version), updatedAt: isoTime(row.t) };
  const missed = async (id: string): Promise<WriteOutcome> => {
    const current = await get(id);
    return current === undefined
      ? { ok: false, reason: 'not-found' }
      : { ok: false, reason: 'version-conflict', current };
  };

  async function get(id: string): Promise<StoredDocument | undefined> {
    const [row] = await rows(
      `SELECT id, version, doc, epoch_ms(updated_at) AS t FROM ${table} WHERE id = $1`,
      [id],
    );
    if (row === undefined) return undefined;
    return {
      id: String(row.id),
      version: Number(row.version),
      doc: JSON.parse(String(row.doc)),
      updatedAt: isoTime(row.t),
    };
  }

  return {
    get,
    async list(fields) {
      for (const field of fields) if (!FIELD.test(field)) throw new Error(`bad field name "${field}"`);
      const extracted = fields.map((_, i) => `, json_extract_string(doc, $${i + 1}) AS f${i}`).join('');
      const found = await rows(
        `SELECT id, version, epoch_ms(updated_at) AS t${extracted} FROM ${table} ORDER BY updated_at DESC, id`,
        fields.map((field) => `$.${field}`),
      );
      return found.map((row) => ({
        id: String(row.id),
        version: Number(row.version),
        updatedAt: isoTime(row.t),
        fields: Object.fromEntries(
          fields.map((field, i) => {
            const value = row[`f${i}`];
            return [field, value === null || value === undefined ? null : String(value)];
          }),
        ),
      }));
    },
    async count() {
      const [row] = await rows(`SELECT count(*) AS n FROM ${table}`, []);
      return Number(row?.n ?? 0);
    },
    async insert(id, doc) {
      const [row] = await rows(
        `INSERT INTO ${table} VALUES ($1, 1, $2, now()) ON CONFLICT DO NOTHING
         RETURNING version, epoch_ms(updated_at) AS t`,
        [id, JSON.stringify(doc)],
      );
      return written(row) ?? { ok: false, reason: 'id-taken' };
    },
    async update(id, expected, doc) {
      const [row] = await rows(
        `UPDATE ${table} SET version = version + 1, doc = $3, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING version, epoch_ms(updated_at) AS t`,
        [id, expected, JSON.stringify(doc)],
      );
      return written(row) ?? missed(id);
    },
    async remove(id, expected) {
      const [row] = await rows(
        `DELETE FROM ${table} WHERE id = $1 AND version = $2 RETURNING version, epoch_ms(updated_at) AS t`,
        [id, expected],
      );
      return written(row) ?? missed(id);
    },
  };
}

/** DuckDB's `epoch_ms` (a BIGINT) as an ISO 8601 instant. */
function isoTime(epochMs: unknown): string {
  return new Date(Number(epochMs)).toISOString();
}
