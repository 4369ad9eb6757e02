import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../apps/server/src/start.ts';
import { ensureWebBuild, ROOT, WEB_DIST } from './build.ts';

/** Debian's chromium; the e2e tests are skipped (with a message) when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium fonts-wqy-zenhei)`;

/** Where screenshots and the performance log go (gitignored). */
export const OUTPUT = join(ROOT, 'test-output/e2e');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Console errors the app cannot avoid: Chromium logs every non-2xx fetch as "Failed to load
 * resource". A 401 is how a signed-out page learns it must show the sign-in form, a 404
 * from the API is how a missing analytics or export route is detected and a 409 is a
 * version conflict the test provokes, and a 503 is the server's analysis queue saying it is
 * busy under load (the app asks again); anything else fails the test.
 */
function isExpected(text: string, url: string): boolean {
  return (
    /^Failed to load resource: the server responded with a status of (401|404|409|503)\b/.test(text) &&
    url.includes('/api/')
  );
}

/** A page whose console errors and uncaught exceptions are collected. */
export interface TrackedPage {
  page: Page;
  errors: string[];
}

/** The owner of every e2e workspace (given as `OPENCJM_ADMIN_EMAIL` / `_PASSWORD` would be). */
export const E2E_OWNER = { email: 'owner@example.com', password: 'owner-password-1' } as const;

/** Who a page signs in as: a member's e-mail and password, or nobody (`null`). */
export type Account = { readonly email: string; readonly password: string } | null;

/** A running server with a fresh workspace, and a browser. */
export interface E2E {
  /** Base URL of the server, e.g. `http://127.0.0.1:41234`. */
  url: string;
  browser: Browser;
  /**
   * A new page in its own context (own cookies and localStorage), 1280×800, tracking
   * console errors, signed in as `as` (default the owner) before `path` opens.
   */
  open(path?: string, options?: { locale?: string; as?: Account }): Promise<TrackedPage>;
  /** `fetch` of an API path as the signed-in owner (session cookie, same origin). */
  api(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Signs in through the API; the `Cookie` header value of the new session. */
export async function signInCookie(
  url: string,
  account: { email: string; password: string },
): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(account),
  });
  if (!response.ok)
    throw new Error(`sign-in of ${account.email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('opencjm_session='));
  if (cookie === undefined) throw new Error(`sign-in of ${account.email} set no cookie`);
  return cookie.split(';')[0] ?? '';
}

/**
 * Builds the web app if stale, starts the server in-process on a free port with a
 * temporary workspace (demo data planted), and launches chromium.
 */
export async function startE2E(): Promise<E2E> {
  await ensureWebBuild();
  mkdirSync(OUTPUT, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'opencjm-e2e-'));
  const server = await startServer({ port: 0, dataDir, webRoot: WEB_DIST, env: {}, owner: E2E_OWNER });
  const ownerCookie = await signInCookie(server.url, E2E_OWNER);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    api(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('cookie', ownerCookie);
      headers.set('origin', server.url);
      return fetch(`${server.url}${path}`, { ...init, headers });
    },
    async open(path = '/', options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: options.locale ?? 'en-US',
      });
      contexts.push(context);
      const account = options.as === undefined ? E2E_OWNER : options.as;
      if (account !== null) {
        const signedIn = await context.request.post(`${server.url}/api/auth/login`, {
          data: account,
          headers: { origin: server.url },
        });
        if (!signedIn.ok()) throw new Error(`sign-in of ${account.email}: ${signedIn.status()}`);
      }
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (isExpected(message.text(), message.location().url)) return;
        errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await page.goto(`${server.url}${path}`);
      return { page, errors };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      // The browser is gone, so any connection left is a test's keep-alive fetch; end it
      // rather than wait for its idle timeout.
      const closing = server.app.close();
      server.app.server.closeAllConnections();
      await closing;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot as a test artifact: `test-output/e2e/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: false });
}

/** Waits until the editor says every change is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByRole('status', { name: /Save status|Состояние сохранения|保存状态/ })
    .filter({ hasText: /All changes saved|Все изменения сохранены|所有更改已保存/ })
    .waitFor();
}

/**
 * Starts the server and browser before the enclosing suite's tests and stops them after.
 * Returns a getter: the environment exists only once the suite's `beforeAll` has run.
 */
export function useE2E(): () => E2E {
  let env: E2E | undefined;
  beforeAll(async () => {
    env = await startE2E();
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  }, 60_000);
  return () => {
    if (!env) throw new Error('the e2e environment has not started');
    return env;
  };
}
