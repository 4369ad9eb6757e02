import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import type { ImportPreset } from './options.ts';
import { rows } from './test-fixtures.ts';

/** The real logs live beside the repository (../shared/data/event-logs), read-only. */
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const LOGS = resolve(REPO, '../shared/data/event-logs');
const missing = !existsSync(LOGS);
if (missing) console.warn(`real event logs skipped: ${LOGS} is missing`);

const CASES: [string, ImportPreset | undefined, number, number][] = [
  ['running-example.csv', 'process-log', 6, 42],
  ['receipt.csv', 'process-log', 1434, 8577],
  ['bpic2012.xes.gz', undefined, 13087, 262200],
];

describe(`real event logs (${LOGS})`, () => {
  it.skipIf(missing).each(CASES)(
    '%s gives the known customers and events',
    async (file, preset, customers, events) => {
      const store = await openDuckDbStore(':memory:');
      const summary = await importFiles(store, [join(LOGS, file)], { preset });
      expect(summary).toMatchObject({ read: events, accepted: events, quarantined: 0, duplicates: 0 });
      expect(
        await rows(
          store,
          'SELECT count(DISTINCT customer_id)::INTEGER AS customers, count(*)::INTEGER AS events FROM customer_events',
        ),
      ).toEqual([{ customers, events }]);
      // Events of a case with equal timestamps keep their order in the file.
      const ties = await rows(
        store,
        `SELECT count(*)::INTEGER AS tied, count(*) FILTER (line < previous)::INTEGER AS out_of_order FROM (
         SELECT line, lag(line) OVER (PARTITION BY customer_id, ts ORDER BY seq) AS previous FROM customer_events)
       WHERE previous IS NOT NULL`,
      );
      expect(ties[0]?.out_of_order).toBe(0);
      if (file === 'bpic2012.xes.gz') expect(ties[0]?.tied).toBeGreaterThan(0);
      store.close();
    },
  );
});
