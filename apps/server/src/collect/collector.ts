import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CollectAnswer, CollectEvent } from '@opencjm/core';
import { importFiles } from '@opencjm/engine';
import type { Workspace } from '../store/workspace.ts';

/** A request's events waiting for the next commit. */
interface Batch {
  readonly events: readonly CollectEvent[];
  /** Position of each valid event in the request, for naming the rows the importer refuses. */
  readonly indexes: readonly number[];
  readonly rejected: CollectAnswer['rejected'];
  resolve(answer: CollectAnswer): void;
  reject(error: unknown): void;
}

/** Collected events, committed in groups: every answer is sent after its events are stored. */
export interface Collector {
  /** Checks each event, stores the valid ones, and answers once they are committed. */
  submit(events: readonly unknown[]): Promise<CollectAnswer>;
  /** Resolves when nothing waits to be written (for closing). */
  idle(): Promise<void>;
}

/**
 * Group commit: while one commit runs, the requests arriving meanwhile wait and are
 * written together by the next one — one import of one NDJSON file per request, so each
 * request learns its own counts. The import is the engine's: checked rows, duplicates by
 * `event_id` never stored twice, identity stitching; committed before any answer. Events
 * that fail the schema are rejected with their index and reason and never reach the store.
 */
export function createCollector(workspace: Workspace, onCommitted: () => void): Collector {
  let waiting: Batch[] = [];
  let writing: Promise<void> | undefined;

  const commit = async (batches: Batch[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'opencjm-collect-'));
    try {
      const files = batches.map((batch, i) => {
        const file = join(dir, `collect-${i}.ndjson`);
        writeFileSync(file, batch.events.map((event) => `${JSON.stringify(event)}\n`).join(''));
        return file;
      });
      const { summary, refused } = await workspace.lock.exclusive(async () => {
        const done = await importFiles(workspace.store, files);
        const rows =
          done.quarantined === 0
            ? []
            : (
                await workspace.store.conn.runAndReadAll(
                  'SELECT source, line, reason FROM quarantine WHERE import_id = $1',
                  [done.importId],
                )
              ).getRowObjectsJS();
        return { summary: done, refused: rows };
      });
      onCommitted();
      batches.forEach((batch, i) => {
        const counts = summary.files[i];
        const mine = refused
          .filter((row) => String(row.source) === `collect-${i}.ndjson`)
          .map((row) => ({ index: batch.indexes[Number(row.line) - 1] ?? -1, reason: String(row.reason) }));
        batch.resolve({
          accepted: counts?.accepted ?? 0,
          duplicates: counts?.duplicates ?? 0,
          rejected: [...batch.rejected, ...mine].sort((a, b) => a.index - b.index),
        });
      });
    } catch (error) {
      for (const batch of batches) batch.reject(error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const pump = () => {
    if (writing !== undefined || waiting.length === 0) return;
    const batches = waiting;
    waiting = [];
    writing = commit(batches).finally(() => {
      writing = undefined;
      pump();
    });
  };

  return {
    submit(raw) {
      const events: CollectEvent[] = [];
      const indexes: number[] = [];
      const rejected: CollectAnswer['rejected'] = [];
      raw.forEach((item, index) => {
        const parsed = CollectEvent.safeParse(item);
        if (parsed.success) {
          events.push(parsed.data);
          indexes.push(index);
        } else {
          const issue = parsed.error.issues[0];
          rejected.push({
            index,
            reason: `${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`,
          });
        }
      });
      if (events.length === 0) return Promise.resolve({ accepted: 0, duplicates: 0, rejected });
      return new Promise<CollectAnswer>((resolve, reject) => {
        waiting.push({ events, indexes, rejected, resolve, reject });
        pump();
      });
    },
    async idle() {
      while (writing !== undefined) await writing;
    },
  };
}
