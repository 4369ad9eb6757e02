import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The built web app the server serves. */
export const WEB_DIST = join(ROOT, 'apps/web/dist');

/** What the web build is made from: a change here makes `apps/web/dist` stale. */
const SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/core/src'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether `apps/web/dist` is missing or older than one of its sources. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built);
}

const LOCK = join(ROOT, 'apps/web/.build-lock');
/** A lock older than this is left over from a killed run, ms. */
const STALE_LOCK_MS = 180_000;

async function withLock<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    return await run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds the web app with vite's JS API when `apps/web/dist` is stale; callers running at
 * the same time (e2e test files, `npm start`) wait for one build instead of building twice.
 */
export async function ensureWebBuild(): Promise<void> {
  if (!webBuildIsStale()) return;
  await withLock(async () => {
    if (!webBuildIsStale()) return;
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'apps/web/vite.config.ts'), logLevel: 'warn' });
  });
}

// Run directly (`tsx apps/web/scripts/ensure-build.ts`, as `npm start` does): build when stale.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const stale = webBuildIsStale();
  if (stale) process.stdout.write('Building the web app (apps/web/dist)…\n');
  await ensureWebBuild();
}
