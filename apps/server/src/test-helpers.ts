import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type JourneyMap, laptopPurchaseMap } from '@opencjm/core';
import type { FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import { type BuildServerOptions, buildServer } from './app.ts';

/**
 * The map of the test story: Anna finds the shop by an ad, compares laptops on the site,
 * buys, and writes a review (the example map, in English). A fresh copy on every call.
 */
export function annaMap(): JourneyMap {
  return laptopPurchaseMap('en');
}

const open: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((app) => app.close()));
});

/** A server on an in-memory workspace without the demo, closed after the test. */
export async function testApp(options: Partial<BuildServerOptions> = {}): Promise<FastifyInstance> {
  const app = await buildServer({ dataDir: ':memory:', demo: false, ...options });
  open.push(app);
  return app;
}

/** A new empty directory under the system temp dir. */
export function tempDir(prefix = 'opencjm-server-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One in-process request; `body` is the parsed JSON answer (undefined when empty). */
export async function call<T = unknown>(
  app: FastifyInstance,
  method: Method,
  url: string,
  payload?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await app.inject(
    payload === undefined ? { method, url } : { method, url, payload: payload as object },
  );
  return { status: response.statusCode, body: response.body === '' ? (undefined as T) : response.json<T>() };
}

/** Stores `map` through the API and returns its version. */
export async function storeMap(app: FastifyInstance, map: JourneyMap = annaMap()): Promise<number> {
  const created = await call<{ version: number }>(app, 'POST', '/api/maps', { map });
  if (created.status !== 201) throw new Error(`storing ${map.id}: ${JSON.stringify(created.body)}`);
  return created.body.version;
}
