import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '../../import/import-files.ts';
import {
  type FileSummary,
  ImportOptions,
  type ImportOptionsInput,
  type ImportSummary,
} from '../../import/options.ts';
import { openDuckDbStore } from '../duckdb.ts';
import { copyStaged, maxSeq } from './copy-staged.ts';
import { stitchClickHouse, stitchWithStaged } from './identity.ts';
import { MAX_BATCH_ROWS } from './insert.ts';
import type { ClickHouseStore } from './store.ts';

/**
 * Imports event files into a ClickHouse store. Each file is read, checked and quarantined
 * by the engine's own import (`importFiles`) into a temporary DuckDB workspace, so the
 * rules and counts are the DuckDB store's; the accepted rows are then streamed to
 * ClickHouse in batches (`copyStaged`: one INSERT per batch, all or nothing), leaving out
 * events whose id an earlier import stored. Identities are stitched over all events once
 * the files are in (`stitchClickHouse`), also when a file fails: the files before it stay
 * imported, as with the DuckDB store.
 *
 * @example
 * const summary = await importToClickHouse(store, ['shop.csv'], { preset: 'segment' });
 */
export async function importToClickHouse(
  store: ClickHouseStore,
  files: readonly string[],
  options: ImportOptionsInput = {},
): Promise<ImportSummary> {
  const opts = ImportOptions.parse(options);
  const started = performance.now();
  const summaries: FileSummary[] = [];
  const importIds: string[] = [];
  let quarantineFile: string | null = null;
  const stitch = async () => {
    if (!opts.stitch || summaries.length === 0) return;
    opts.onCheckpoint?.('stitching');
    await stitchClickHouse(store, { maxIdsPerType: opts.maxIdsPerType });
    opts.onCheckpoint?.('stitched');
  };
  try {
    for (const file of files) {
      const staged = await importOneFile(store, file, opts);
      summaries.push(...staged.files);
      importIds.push(staged.importId);
      quarantineFile = staged.quarantineFile ?? quarantineFile;
    }
  } catch (error) {
    await stitch();
    throw error;
  }
  opts.onCheckpoint?.('loaded');
  await stitch();
  const total = { read: 0, accepted: 0, quarantined: 0, duplicates: 0 };
  for (const f of summaries) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += f[k];
  return {
    importId: importIds[0] ?? newImportId(),
    ...total,
    seconds: (performance.now() - started) / 1000,
    files: summaries,
    quarantineFile,
  };
}

async function importOneFile(
  store: ClickHouseStore,
  file: string,
  opts: ImportOptions,
): Promise<ImportSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-clickhouse-import-'));
  const staging = await openDuckDbStore(dir);
  try {
    const { onCheckpoint, ...rest } = opts;
    const summary = await importFiles(staging, [file], {
      ...rest,
      stitch: false,
      // the staging workspace is removed afterwards: without a folder, no quarantine file
      quarantineDir: opts.quarantineDir ?? join(dir, 'quarantine'),
    });
    const seqBase = await maxSeq(store);
    // a sharded store routes each row by its customer: stitch with the staged rows first
    const customers = store.address.cluster
      ? await stitchWithStaged(store, { conn: staging.conn, seqBase }, { maxIdsPerType: opts.maxIdsPerType })
      : undefined;
    const { existing, requarantined } = await copyStaged(store, staging.conn, {
      batchRows: Math.min(opts.batchRows, MAX_BATCH_ROWS),
      seqBase,
      customers,
      dir,
    });
    onCheckpoint?.('batch');
    const counts = <C extends { accepted: number; quarantined: number; duplicates: number }>(c: C): C => ({
      ...c,
      accepted: c.accepted - existing,
      quarantined: c.quarantined - requarantined,
      duplicates: c.duplicates + existing + requarantined,
    });
    return {
      ...counts(summary),
      files: summary.files.map(counts),
      quarantineFile: opts.quarantineDir ? summary.quarantineFile : null,
    };
  } finally {
    // the staging workspace is thrown away: writing its tables to disk on close is wasted
    await staging.conn.run('PRAGMA disable_checkpoint_on_shutdown').catch(() => undefined);
    staging.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function newImportId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `imp_${stamp}_${randomBytes(3).toString('hex')}`;
}
