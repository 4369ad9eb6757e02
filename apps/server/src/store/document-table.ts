import type { DuckDbStore } from '@opencjm/engine';

type Connection = Awaited<ReturnType<DuckDbStore['connect']>>;

/** The tables of versioned documents the server keeps (see `migrations.ts`). */
export type DocumentTableName = 'maps' | 'personas' | 'initiatives';

/** The top-level fields each table's listing shows, kept in its `summary` column. */
export const SUMMARY_FIELDS: Readonly<Record<DocumentTableName, readonly string[]>> = {
  maps: ['title', 'type', 'language', 'basedOn'],
  personas: ['name', 'photo', 'avatarSeed'],
  initiatives: ['mapId', 'opportunityId', 'title', 'owner', 'status', 'due', 'experiment'],
};

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

/** A row of a listing: id, version, time and the table's summary fields. */
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
  /** Every document's summary fields, last written first; whole documents are not read. */
  list(): Promise<DocumentSummary[]>;
  get(id: string): Promise<StoredDocument | undefined>;
  count(): Promise<number>;
  /** Stores a new document at version 1, unless the id is taken. */
  insert(id: string, doc: unknown): Promise<InsertOutcome>;
  /** Replaces the document only if its version is still `expected`. */
  update(id: string, expected: number, doc: unknown): Promise<WriteOutcome>;
  /** Deletes the document only if its version is still `expected`. */
  remove(id: string, expected: number): Promise<WriteOutcome>;
}

/** The summary fields of a document, as text or null. */
function summaryOf(doc: unknown, fields: readonly string[]): Record<string, string | null> {
  const record = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  return Object.fromEntries(
    fields.map((field) => {
      const value = record[field];
      return [field, value === undefined || value === null ? null : String(value)];
    }),
  );
}

/**
 * The document table `table` on `conn`, the documents' own connection: reads and writes
 * never wait behind an import or an analysis on the store's other connections. Every
 * write is one SQL statement whose `WHERE` compares the version, so two writers holding
 * the same version can never both win.
 */
export function documentTable(conn: Connection, table: DocumentTableName): DocumentTable {
  const fields = SUMMARY_FIELDS[table];
  const rows = async (sql: string, values: (string | number)[]) =>
    (await conn.runAndReadAll(sql, values)).getRowObjectsJS();
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
    async list() {
      const found = await rows(
        `SELECT id, version, epoch_ms(updated_at) AS t, summary FROM ${table} ORDER BY updated_at DESC, id`,
        [],
      );
      return found.map((row) => ({
        id: String(row.id),
        version: Number(row.version),
        updatedAt: isoTime(row.t),
        fields: summaryOf(row.summary === null ? {} : JSON.parse(String(row.summary)), fields),
      }));
    },
    async count() {
      const [row] = await rows(`SELECT count(*) AS n FROM ${table}`, []);
      return Number(row?.n ?? 0);
    },
    async insert(id, doc) {
      const [row] = await rows(
        `INSERT INTO ${table} (id, version, doc, updated_at, summary) VALUES ($1, 1, $2, now(), $3)
         ON CONFLICT DO NOTHING RETURNING version, epoch_ms(updated_at) AS t`,
        [id, JSON.stringify(doc), JSON.stringify(summaryOf(doc, fields))],
      );
      return written(row) ?? { ok: false, reason: 'id-taken' };
    },
    async update(id, expected, doc) {
      const [row] = await rows(
        `UPDATE ${table} SET version = version + 1, doc = $3, summary = $4, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING version, epoch_ms(updated_at) AS t`,
        [id, expected, JSON.stringify(doc), JSON.stringify(summaryOf(doc, fields))],
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
