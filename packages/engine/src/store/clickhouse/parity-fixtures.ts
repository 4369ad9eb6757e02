import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laptopPurchaseMap } from '@opencjm/core';
import { EVENT_LOGS_DIR } from '../../analytics/real-logs.ts';
import type { BindingMap } from '../../binding/bound-events.ts';
import { writeDemoShop } from '../../demo/write-demo-shop.ts';
import { importFiles } from '../../import/import-files.ts';
import type { ImportOptionsInput, ImportSummary } from '../../import/options.ts';
import { type DuckDbStore, openDuckDbStore } from '../duckdb.ts';
import { importToClickHouse } from './import.ts';
import { openClickHouse } from './open.ts';
import type { ClickHouseStore } from './store.ts';
import { parseClickHouseUrl } from './url.ts';

/** One fixture imported into both stores, with the summaries of both imports. */
export interface PairedStores {
  duck: DuckDbStore;
  ch: ClickHouseStore;
  duckImport: ImportSummary;
  chImport: ImportSummary;
  close(): Promise<void>;
}

/** The files of a parity fixture: the public event logs (when present) and a small demo shop. */
export interface ParityFixture {
  name: string;
  files: () => Promise<{ files: string[]; cleanup: () => void }>;
  options: ImportOptionsInput;
  /** Step lists to run the funnel with (exact names, repeats, wildcards). */
  funnels: string[][];
  /** A map whose touchpoints bind the fixture's events, with a touchpoint to anchor flows at. */
  map?: { map: BindingMap; anchor: string };
}

const log = (file: string) => async () => ({ files: [join(EVENT_LOGS_DIR ?? '', file)], cleanup: () => {} });

export const PARITY_FIXTURES: readonly ParityFixture[] = [
  ...(EVENT_LOGS_DIR === null
    ? []
    : [
        {
          name: 'running-example',
          files: log('running-example.csv'),
          options: { preset: 'process-log' as const },
          funnels: [
            ['register request', 'examine*', 'decide', 'pay compensation'],
            ['register request', 'decide', 'reinitiate request', 'decide'],
          ],
        },
        {
          name: 'receipt',
          files: log('receipt.csv'),
          options: { preset: 'process-log' as const },
          funnels: [
            [
              'Confirmation of receipt',
              'T02 Check confirmation of receipt',
              'T04 Determine confirmation of receipt',
            ],
            ['T0*', 'T0*', 'T10 Determine necessity to stop indication'],
          ],
        },
      ]),
  {
    name: 'demo-shop',
    files: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'opencjm-parity-'));
      const summary = await writeDemoShop(dir, {
        customers: 400,
        seed: 11,
        until: new Date('2026-03-01T00:00:00Z'),
      });
      return { files: [summary.file], cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
    options: {},
    map: { map: laptopPurchaseMap('en'), anchor: laptopPurchaseMap('en').touchpoints[2]?.id ?? '' },
    funnels: [
      ['page_view', 'add_to_cart', 'checkout_start', 'purchase'],
      ['page_view', 'page_view', 'purchase'],
      ['*_view', 'payment_error', 'purchase'],
    ],
  },
];

/** Imports a fixture into an in-memory DuckDB store and into database `database` of a ClickHouse server. */
export async function pairedStores(
  fixture: ParityFixture,
  url: string,
  database: string,
): Promise<PairedStores> {
  const { files, cleanup } = await fixture.files();
  const duck = await openDuckDbStore(':memory:');
  const address = { ...parseClickHouseUrl(url), database };
  const ch = await openClickHouse(address);
  try {
    const duckImport = await importFiles(duck, files, fixture.options);
    const chImport = await importToClickHouse(ch, files, fixture.options);
    return {
      duck,
      ch,
      duckImport,
      chImport,
      close: async () => {
        duck.close();
        await ch.close();
      },
    };
  } finally {
    cleanup();
  }
}
