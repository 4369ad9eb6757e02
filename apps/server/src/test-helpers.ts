import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type JourneyMap, laptopPurchaseMap, type Role } from '@opencjm/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach } from 'vitest';
import { type BuildServerOptions, buildServer } from './app.ts';

/**
 * The map of the test story: Anna finds the shop by an ad, compares laptops on the site,
 * buys, and writes a review (the example map, in English). A fresh copy on every call.
 */
export function annaMap(): JourneyMap {
  return laptopPurchaseMap('en');
}

/** The owner every test server is created with (as `OPENCJM_ADMIN_EMAIL` / `_PASSWORD` would). */
export const TEST_OWNER = { email: 'owner@example.com', password: 'owner-password-1' } as const;

/** The origin `inject` requests come from: the server's own (`Host: localhost:80`). */
export const SAME_ORIGIN = 'http://localhost:80';

/**
 * A cheaper scrypt for the hundreds of test servers (each hashes and verifies a password):
 * accounts work exactly as in production; `passwords.test.ts` covers the real cost.
 */
export const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 } as const;

const open: FastifyInstance[] = [];
/** The owner's session cookie of each test server. */
const ownerCookies = new WeakMap<FastifyInstance, string>();

afterEach(async () => {
  await Promise.all(open.splice(0).map((app) => app.close()));
});

/**
 * A server on an in-memory workspace without the demo, closed after the test, with its
 * owner signed in: `call` and `inject` send the owner's session cookie unless told otherwise.
 */
export async function testApp(options: Partial<BuildServerOptions> = {}): Promise<FastifyInstance> {
  const app = await signedInServer({ dataDir: ':memory:', demo: false, ...options });
  open.push(app);
  return app;
}

/** Like {@link testApp} but with the demo by default and not closed after the test: close it yourself. */
export async function signedInServer(options: BuildServerOptions): Promise<FastifyInstance> {
  // Tests ask for map figures themselves and count the analysis queue's work; the warmer
  // that computes them ahead has tests of its own (store/metrics-warmer.test.ts).
  const app = await buildServer({ owner: TEST_OWNER, scrypt: TEST_SCRYPT, warmMetricsMs: false, ...options });
  try {
    ownerCookies.set(app, await signIn(app, TEST_OWNER.email, TEST_OWNER.password));
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** Signs in through `POST /api/auth/login`; the `Cookie` header value of the new session. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: SAME_ORIGIN },
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'opencjm_session');
  if (cookie === undefined) throw new Error(`sign-in of ${email} set no session cookie`);
  return `${cookie.name}=${cookie.value}`;
}

/** Adds a member with `role` (as the owner) and signs them in; their cookie. */
export async function memberCookie(
  app: FastifyInstance,
  role: Role,
  email = `${role}@example.com`,
): Promise<string> {
  const password = `${role}-password-1`;
  const created = await call(app, 'POST', '/api/users', { email, password, role, name: role });
  if (created.status !== 201) throw new Error(`creating ${email}: ${JSON.stringify(created.body)}`);
  return signIn(app, email, password);
}

/** A new empty directory under the system temp dir. */
export function tempDir(prefix = 'opencjm-server-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Whose request: the owner's session (default), another cookie, or nobody (`null`). */
export interface As {
  readonly cookie?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

/** `app.inject` as a browser of the signed-in owner would send it (cookie and same origin). */
export function inject(app: FastifyInstance, options: InjectOptions & As) {
  const { cookie = ownerCookies.get(app), headers, ...rest } = options;
  return app.inject({
    ...rest,
    headers: {
      origin: SAME_ORIGIN,
      ...(cookie === null || cookie === undefined ? {} : { cookie }),
      ...headers,
    },
  });
}

/** One in-process request; `body` is the parsed JSON answer (undefined when empty). */
export async function call<T = unknown>(
  app: FastifyInstance,
  method: Method,
  url: string,
  payload?: unknown,
  as: As = {},
): Promise<{ status: number; body: T }> {
  const response = await inject(
    app,
    payload === undefined ? { method, url, ...as } : { method, url, payload: payload as object, ...as },
  );
  return { status: response.statusCode, body: response.body === '' ? (undefined as T) : response.json<T>() };
}

/** Stores `map` through the API and returns its version. */
export async function storeMap(app: FastifyInstance, map: JourneyMap = annaMap()): Promise<number> {
  const created = await call<{ version: number }>(app, 'POST', '/api/maps', { map });
  if (created.status !== 201) throw new Error(`storing ${map.id}: ${JSON.stringify(created.body)}`);
  return created.body.version;
}
