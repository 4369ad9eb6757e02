import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Sets `column` of the rows of `target` whose `key` column (or `rowid`) matches, from a list
 * of (key, text): appended to a temporary table (texts may hold NUL, which SQL literals
 * cannot) and applied by one UPDATE. `set` adds more assignments (`, reason = …`).
 */
export async function updateTexts(
  conn: DuckDBConnection,
  target: string,
  key: string,
  column: string,
  rows: readonly { key: number; text: string }[],
  set = '',
): Promise<void> {
  if (rows.length === 0) return;
  const temp = `${target}_texts`;
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${temp} (k BIGINT, text VARCHAR)`);
  const appender = await conn.createAppender(temp, 'main', 'temp');
  try {
    for (const row of rows) {
      appender.appendBigInt(BigInt(row.key));
      appender.appendVarchar(row.text);
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
  await conn.run(
    `UPDATE ${target} SET ${column} = x.text ${set} FROM ${temp} x WHERE ${target}.${key} = x.k`,
  );
  await conn.run(`DROP TABLE ${temp}`);
}
