import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDuckDbStore } from '@opencjm/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-helpers.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const OWNER = { email: 'owner@example.com', password: 'owner-password-1' };
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** The server as `npm start` runs it, in its own process, on `dataDir`; resolves with its URL. */
function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      OPENCJM_DATA: dataDir,
      OPENCJM_ADMIN_EMAIL: OWNER.email,
      OPENCJM_ADMIN_PASSWORD: OWNER.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /OpenCJM: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function collectKey(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(OWNER),
  });
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const created = await fetch(`${url}/api/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, cookie },
    body: JSON.stringify({ name: 'load', scope: 'collect' }),
  });
  return ((await created.json()) as { key: string }).key;
}

const batch = (sender: number, n: number) =>
  Array.from({ length: 50 }, (_, i) => ({
    event_id: `s${sender}-b${n}-e${i}`,
    timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, n, i)).toISOString(),
    anonymous_id: `visitor-${sender}-${i % 7}`,
    event: i % 10 === 0 ? 'purchase' : 'page_view',
  }));

async function post(url: string, key: string, events: unknown[]): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/collect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ events }),
    });
    await response.body?.cancel();
    return response.status === 202;
  } catch {
    return false;
  }
}

describe('collected events survive a killed server', () => {
  it('keeps every acknowledged event exactly once after SIGKILL, and a full re-send gives exactly the unique count', async () => {
    const dataDir = tempDir();
    writeFileSync(`${dataDir}/.keep`, ''); // not empty: no demo workspace
    const first = await startChild(dataDir);
    const key = await collectKey(first.url);
    const acknowledged = new Set<string>();
    const sent: unknown[][] = [];
    let stop = false;
    const senders = Array.from({ length: 8 }, async (_, sender) => {
      for (let n = 0; !stop; n++) {
        const events = batch(sender, n);
        sent.push(events);
        if (await post(first.url, key, events)) for (const e of events) acknowledged.add(e.event_id);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(senders);
    expect(acknowledged.size).toBeGreaterThan(0);

    const second = await startChild(dataDir);
    const key2 = await collectKey(second.url);
    for (const events of sent) expect(await post(second.url, key2, events)).toBe(true);
    const stats = await fetch(`${second.url}/api/stats`, { headers: { authorization: `Bearer ${key2}` } });
    const unique = new Set(sent.flat().map((e) => (e as { event_id: string }).event_id)).size;
    expect(stats.status).toBe(403); // a collect key reads nothing
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));

    const store = await openDuckDbStore(dataDir);
    try {
      const rows = (
        await store.conn.runAndReadAll('SELECT event_id, count(*) AS n FROM events GROUP BY event_id')
      ).getRowObjectsJS();
      const counts = new Map(rows.map((row) => [String(row.event_id), Number(row.n)]));
      expect(counts.size).toBe(unique);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect([...acknowledged].every((id) => counts.get(id) === 1)).toBe(true);
    } finally {
      store.close();
    }
  }, 120_000);
});
