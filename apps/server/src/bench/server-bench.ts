/**
 * `npm run bench` (its server part; alone: `tsx apps/server/src/bench/server-bench.ts`):
 * the server under load on the demo workspace, through real HTTP on loopback.
 * 1. Fifty concurrent clients read a map's metrics while one reads the map list:
 *    p50/p99 of each, with the answers kept (one query) and computed (fifty queries).
 * 2. Eight senders post batches of 500 events to /api/collect: events/s beside DuckDB's
 *    bare insert of the same rows, and p99 of a map's metrics while they send.
 * Figures, not assertions: they go to docs/benchmarks.md with this command.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildServer } from '../app.ts';

const OWNER = { email: 'bench@example.com', password: 'bench-password-1' };

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const ms = (n: number) => `${n.toFixed(0)} ms`;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${ms(quantile(sorted, 0.5))}, p99 ${ms(quantile(sorted, 0.99))} (n=${times.length})`;
};

async function timed(work: () => Promise<Response>): Promise<number> {
  const start = performance.now();
  const response = await work();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return performance.now() - start;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'opencjm-bench-server-'));
  console.log('server bench: planting the demo workspace …');
  const app = await buildServer({ dataDir, owner: OWNER });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(OWNER),
  });
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const get = (path: string) => fetch(`${url}${path}`, { headers: { cookie } });

  // The server computes every map's figures 1 s after start (store/metrics-warmer.ts); one
  // request joins that computation if it is still running, as an editor opening then would.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  console.log(
    `first map metrics after start: ${ms(await timed(() => get('/api/maps/example-laptop-en/metrics')))}`,
  );
  const maps = ((await (await get('/api/maps')).json()) as { items: { id: string }[] }).items;
  const warm = performance.now();
  for (const map of maps) await timed(() => get(`/api/maps/${map.id}/metrics`));
  console.log(`every map's figures in (${maps.length} maps) after another ${ms(performance.now() - warm)}`);
  for (const [label, windowOf] of [
    ['the window the editor asks (figures computed ahead)', () => '7d'],
    ['fifty queries (each computed)', (i: number) => `${i + 1}d`],
  ] as const) {
    const metrics: number[] = [];
    const lists: number[] = [];
    let running = true;
    const lister = (async () => {
      while (running) lists.push(await timed(() => get('/api/maps')));
    })();
    const start = performance.now();
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) =>
        metrics.push(await timed(() => get(`/api/maps/example-laptop-en/metrics?window=${windowOf(i)}`))),
      ),
    );
    running = false;
    await lister;
    console.log(
      `50 concurrent map metrics, ${label}: all answered in ${ms(performance.now() - start)}; metrics ${summary(metrics)}; map list meanwhile ${summary(lists)}`,
    );
  }

  const keyAnswer = await fetch(`${url}/api/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, cookie },
    body: JSON.stringify({ name: 'bench', scope: 'collect' }),
  });
  const { key } = (await keyAnswer.json()) as { key: string };
  const SENDERS = 8;
  const BATCHES = 8;
  const batches = Array.from({ length: SENDERS * BATCHES }, (_, b) =>
    Array.from({ length: 500 }, (_, i) => ({
      event_id: `bench-${b}-${i}`,
      timestamp: new Date(Date.UTC(2026, 5, 1, 0, b, i % 60)).toISOString(),
      anonymous_id: `bench-visitor-${(b * 500 + i) % 20000}`,
      event: i % 20 === 0 ? 'purchase' : 'page_view',
      channel: 'website',
      url: `https://shop.example/p/${i % 300}`,
    })),
  );
  const events = batches.length * 500;
  const during: number[] = [];
  let sending = true;
  const reader = (async () => {
    while (sending) during.push(await timed(() => get('/api/maps/example-laptop-en/metrics')));
  })();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async (_, s) => {
      for (let b = s; b < batches.length; b += SENDERS) {
        const response = await fetch(`${url}/api/collect`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ events: batches[b] }),
        });
        if (response.status !== 202) throw new Error(`collect: HTTP ${response.status}`);
        await response.arrayBuffer();
      }
    }),
  );
  const collectSeconds = (performance.now() - start) / 1000;
  sending = false;
  await reader;
  await app.close();

  // DuckDB's bare insert of the same rows from one NDJSON file, no checks, no stitching.
  const file = join(dataDir, 'bench-events.ndjson');
  writeFileSync(
    file,
    batches
      .flat()
      .map((e) => JSON.stringify(e))
      .join('\n'),
  );
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const bareStart = performance.now();
  await conn.run(`CREATE TABLE t AS SELECT * FROM read_json('${file}', format = 'newline_delimited')`);
  const bareSeconds = (performance.now() - bareStart) / 1000;
  conn.closeSync();
  db.closeSync();
  const rate = events / collectSeconds;
  const bareRate = events / bareSeconds;
  console.log(
    `collect: ${events} events from ${SENDERS} senders in batches of 500: ${rate.toFixed(0)} events/s; DuckDB bare insert ${bareRate.toFixed(0)} events/s; ratio ${(bareRate / rate).toFixed(1)}×`,
  );
  console.log(`map metrics while collecting: ${summary(during)}`);
}

await main();
