import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sql.ts';

/**
 * Sets DuckDB session settings for the duration of an import and returns a function that
 * puts the previous values back (the connection may be shared with the server).
 */
export async function withSettings(
  conn: DuckDBConnection,
  settings: Record<string, string | boolean>,
): Promise<() => Promise<void>> {
  const previous: Record<string, string> = {};
  for (const [name, value] of Object.entries(settings)) {
    const row = (
      await conn.runAndReadAll(`SELECT current_setting(${sqlString(name)})::VARCHAR AS v`)
    ).getRowObjects();
    previous[name] = String(row[0]?.v ?? '');
    await conn.run(`SET ${name} = ${typeof value === 'boolean' ? value : sqlString(value)}`);
  }
  return async () => {
    for (const [name, value] of Object.entries(previous)) await conn.run(`SET ${name} = ${sqlString(value)}`);
  };
}
