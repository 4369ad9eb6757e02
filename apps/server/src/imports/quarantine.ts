import type { DuckDbStore } from '@opencjm/engine';

/** A quarantined row as the API shows it. */
export interface QuarantineRow {
  readonly line: number | null;
  readonly reason: string;
  readonly raw: string | null;
}

/** The quarantined rows of an import in file order, the first `limit` (all when null), and how many there are. */
export async function quarantineRows(
  store: DuckDbStore,
  importId: string,
  limit: number | null,
): Promise<{ rows: QuarantineRow[]; total: number }> {
  const found = (
    await store.conn.runAndReadAll(
      `SELECT line, reason, raw, count(*) OVER () AS total FROM quarantine WHERE import_id = $1
       ORDER BY source, line${limit === null ? '' : ` LIMIT ${Math.trunc(limit)}`}`,
      [importId],
    )
  ).getRowObjectsJS();
  return {
    rows: found.map((row) => ({
      line: row.line === null ? null : Number(row.line),
      reason: String(row.reason),
      raw: row.raw === null ? null : String(row.raw),
    })),
    total: Number(found[0]?.total ?? 0),
  };
}
