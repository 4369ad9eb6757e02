import { z } from 'zod';

/** Where a ClickHouse store lives, read from `OPENCJM_CLICKHOUSE_URL`. */
export const ClickHouseAddress = z.object({
  /** `http(s)://host:port`, without credentials or path. */
  origin: z.string(),
  username: z.string(),
  password: z.string(),
  database: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a database name is letters, digits and _, not starting with a digit'),
  /** `?cluster=NAME`: events are sharded over this cluster of the server's `remote_servers`. */
  cluster: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a cluster name is letters, digits and _, not starting with a digit')
    .optional(),
});
export type ClickHouseAddress = z.infer<typeof ClickHouseAddress>;

/** The environment variable that selects the ClickHouse store instead of DuckDB. */
export const CLICKHOUSE_URL_VARIABLE = 'OPENCJM_CLICKHOUSE_URL';

/**
 * Parses `http://user:password@host:8123/database[?cluster=NAME]` (user, password and
 * database optional: `default`, empty, `default`). A malformed address is an error naming
 * the variable.
 */
export function parseClickHouseUrl(text: string): ClickHouseAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${CLICKHOUSE_URL_VARIABLE}: not a URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${CLICKHOUSE_URL_VARIABLE}: expected http:// or https://, got ${url.protocol}`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, '')) || 'default';
  const cluster = url.searchParams.get('cluster');
  const parsed = ClickHouseAddress.safeParse({
    origin: url.origin,
    username: decodeURIComponent(url.username) || 'default',
    password: decodeURIComponent(url.password),
    database,
    ...(cluster ? { cluster } : {}),
  });
  if (!parsed.success) {
    throw new Error(
      `${CLICKHOUSE_URL_VARIABLE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** The ClickHouse address from the environment, or undefined when DuckDB is the store. */
export function clickHouseAddressFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): ClickHouseAddress | undefined {
  const text = env[CLICKHOUSE_URL_VARIABLE];
  return text ? parseClickHouseUrl(text) : undefined;
}
