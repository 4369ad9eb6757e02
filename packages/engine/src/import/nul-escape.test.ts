import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';

const stores: DuckDbStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('a JSON \\u0000 escape', () => {
  it('is quarantined like a NUL byte, with its line; a backslash written out before u0000 is text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opencjm-nul-escape-'));
    const file = join(dir, 'events.ndjson');
    writeFileSync(
      file,
      [
        '{"timestamp":"2026-01-01T10:00:00Z","event":"review","user_id":"u1","text":"fine"}',
        '{"timestamp":"2026-01-01T10:01:00Z","event":"review","user_id":"u2","text":"bad\\u0000byte"}',
        '{"timestamp":"2026-01-01T10:02:00Z","event":"review","user_id":"u3","text":"a \\\\u0000 written out"}',
      ].join('\n'),
    );
    const store = await openDuckDbStore(':memory:');
    stores.push(store);
    const summary = await importFiles(store, [file]);
    expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    const rows = (
      await store.conn.runAndReadAll('SELECT line, reason FROM quarantine ORDER BY line')
    ).getRowObjectsJS();
    expect(rows.map((r) => Number(r.line))).toEqual([2]);
    expect(String(rows[0]?.reason)).toMatch(/u0000/);
    const texts = (await store.conn.runAndReadAll('SELECT text FROM events ORDER BY ts')).getRowObjectsJS();
    expect(texts.map((r) => String(r.text))).toEqual(['fine', 'a \\u0000 written out']);
  });
});
