import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stitchIdentities } from '../identity/stitch.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import type { ImportCheckpoint } from './options.ts';
import { rows, tempDir, writeFixture } from './test-fixtures.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../../..');
const CHILD = join(here, 'crash-child.ts');

/** 1,000 people, each seen as an anonymous visitor, then with the e-mail, then by e-mail alone: 2 refs, 1 customer. */
const PEOPLE = 1000;
const CSV = [
  'timestamp,anonymous_id,email,event',
  ...Array.from({ length: PEOPLE }, (_, k) => [
    `2026-03-01T10:00:00Z,a-${k},,page_view`,
    `2026-03-01T10:01:00Z,a-${k},p${k}@example.com,signup`,
    `2026-03-01T10:02:00Z,,p${k}@example.com,purchase`,
  ]).flat(),
].join('\n');

/** The same people as an XES log: one trace per person (converted to NDJSON in WORKSPACE/tmp on import). */
const XES = `<?xml version="1.0" encoding="UTF-8" ?>\n<log>\n${Array.from(
  { length: PEOPLE },
  (_, k) =>
    `<trace><string key="concept:name" value="p${k}"/><event><string key="concept:name" value="visit"/><date key="time:timestamp" value="2026-03-01T10:00:00Z"/></event></trace>`,
).join('\n')}\n</log>\n`;

/** Runs the import in a child process killed at `checkpoint`; returns the workspace. */
function killedImport(checkpoint: ImportCheckpoint, batchRows = 1_000_000, name = 'people.csv'): string {
  const dir = tempDir();
  const workspace = join(dir, 'ws');
  const file = writeFixture(dir, name, name.endsWith('.xes') ? XES : CSV);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', CHILD, workspace, checkpoint, String(batchRows), file],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  expect({ signal: child.signal, stderr: child.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
  return workspace;
}

const state = async (store: DuckDbStore) =>
  (
    await rows(
      store,
      `SELECT (SELECT count(*) FROM events)::INTEGER AS events,
        (SELECT count(DISTINCT customer_id) FROM customer_events)::INTEGER AS customers,
        (SELECT count(*) FROM stitch_pending)::INTEGER AS pending`,
    )
  )[0];

/** The state is whole when stitching the stored events again changes no count. */
async function expectWhole(store: DuckDbStore) {
  const before = await state(store);
  await stitchIdentities(store);
  expect(await state(store)).toEqual(before);
}

describe('kill -9 during an import', () => {
  it('at "staged": reopening shows the state before the import, and the temporary files are gone', async () => {
    const workspace = killedImport('staged', 1_000_000, 'people.xes');
    const [work] = readdirSync(join(workspace, 'tmp'));
    // The XES log converted to NDJSON, left behind by the killed import.
    expect(readdirSync(join(workspace, 'tmp', work ?? '')).some((f) => f.endsWith('.ndjson'))).toBe(true);
    // What DuckDB spills while an import sorts or joins beyond its memory limit.
    mkdirSync(join(workspace, 'opencjm.duckdb.tmp'), { recursive: true });
    writeFileSync(join(workspace, 'opencjm.duckdb.tmp', 'duckdb_temp_storage-0.tmp'), Buffer.alloc(1 << 20));
    const store = await openDuckDbStore(workspace);
    expect(await state(store)).toEqual({ events: 0, customers: 0, pending: 0 });
    expect(readdirSync(join(workspace, 'tmp'))).toEqual([]);
    expect(readdirSync(join(workspace, 'opencjm.duckdb.tmp'))).toEqual([]);
    store.close();
  });

  it('after the first committed batch: the committed events are stitched on reopening', async () => {
    const workspace = killedImport('batch', 1000);
    const store = await openDuckDbStore(workspace);
    const after = await state(store);
    expect(after).toMatchObject({ events: 1000, pending: 0 });
    await expectWhole(store);
    store.close();
  });

  for (const checkpoint of ['loaded', 'stitching'] as const) {
    it(`at "${checkpoint}": reopening redoes the stitching, so 1,000 people count as 1,000 customers`, async () => {
      const workspace = killedImport(checkpoint);
      const store = await openDuckDbStore(workspace);
      expect(await state(store)).toEqual({ events: 3 * PEOPLE, customers: PEOPLE, pending: 0 });
      await expectWhole(store);
      store.close();
    });
  }

  it('at "stitched" the import is whole already', async () => {
    const workspace = killedImport('stitched');
    expect(existsSync(join(workspace, 'opencjm.duckdb'))).toBe(true);
    const store = await openDuckDbStore(workspace);
    expect(await state(store)).toEqual({ events: 3 * PEOPLE, customers: PEOPLE, pending: 0 });
    store.close();
  });
});
