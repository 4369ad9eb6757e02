import { defaultAllowedHosts } from './http/allowed-hosts.ts';

/** What a started server reads from its environment; see docs/security.md. */
export interface ServerEnvironment {
  readonly owner?: { email: string; password: string };
  readonly secret?: string;
  readonly allowedHosts: string[];
  readonly trustProxy: boolean;
  readonly uploadBytes?: number;
}

/**
 * The server settings of the environment for a server listening on `host`:
 * `OPENCJM_ADMIN_EMAIL` + `OPENCJM_ADMIN_PASSWORD` (the first owner), `OPENCJM_SECRET`
 * (cookie signing), `OPENCJM_ALLOWED_HOSTS` (comma-separated host names), `OPENCJM_TRUST_PROXY`
 * (1 behind a reverse proxy), `OPENCJM_UPLOAD_LIMIT_MB`. Throws naming the variable that is wrong.
 */
export function serverEnvironment(env: NodeJS.ProcessEnv, host: string): ServerEnvironment {
  const email = env.OPENCJM_ADMIN_EMAIL?.trim();
  const password = env.OPENCJM_ADMIN_PASSWORD;
  if ((email === undefined || email === '') !== (password === undefined || password === ''))
    throw new Error('set both OPENCJM_ADMIN_EMAIL and OPENCJM_ADMIN_PASSWORD, or neither');
  const hosts = env.OPENCJM_ALLOWED_HOSTS?.split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  const limit = env.OPENCJM_UPLOAD_LIMIT_MB;
  if (limit !== undefined && !/^\d+$/.test(limit))
    throw new Error(`OPENCJM_UPLOAD_LIMIT_MB must be a whole number of megabytes (got "${limit}")`);
  return {
    ...(email && password ? { owner: { email, password } } : {}),
    ...(env.OPENCJM_SECRET ? { secret: env.OPENCJM_SECRET } : {}),
    allowedHosts: [...defaultAllowedHosts(host), ...(hosts ?? [])],
    trustProxy: env.OPENCJM_TRUST_PROXY === '1' || env.OPENCJM_TRUST_PROXY === 'true',
    ...(limit === undefined ? {} : { uploadBytes: Number(limit) * 1024 * 1024 }),
  };
}
