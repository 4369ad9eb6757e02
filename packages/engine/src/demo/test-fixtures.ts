import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '../import/import-files.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import type { DemoShopSummary } from './options.ts';
import { writeDemoShop } from './write-demo-shop.ts';

/** The end of the demo data in tests: a fixed instant, so tests see the same data. */
export const TEST_UNTIL = new Date('2026-03-01T00:00:00Z');

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'opencjm-demo-test-'));
}

/**
 * The demo shop as the docs describe it — 3000 customers, seed 2024 — imported with no
 * options into an in-memory store.
 */
export async function importedDemoShop(): Promise<{ store: DuckDbStore; summary: DemoShopSummary }> {
  const summary = await writeDemoShop(tempDir(), { customers: 3000, seed: 2024, until: TEST_UNTIL });
  const store = await openDuckDbStore(':memory:');
  await importFiles(store, [summary.file]);
  return { store, summary };
}
