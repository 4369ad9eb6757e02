import { randomUUID } from 'node:crypto';
import { ImportError, type ImportOptionsInput, importFiles } from '@opencjm/engine';
import type { ImportStatus } from '../schemas/imports.ts';
import type { Workspace } from '../store/workspace.ts';
import type { SavedUpload } from './upload.ts';

/** How many finished jobs are remembered for `GET /api/imports/:id`. */
const KEEP_FINISHED = 100;

/** Imports running in the background, one at a time, with their progress. */
export interface ImportJobs {
  /** Queues the import of `upload` (removed when done) and answers its first status. */
  start(upload: SavedUpload, name: string, options: ImportOptionsInput): ImportStatus;
  get(id: string): ImportStatus | undefined;
  /** Resolves when every started job has finished (for tests and shutdown). */
  idle(): Promise<void>;
}

/**
 * Import jobs on the workspace. Each runs the engine's `importFiles` under the store's
 * exclusive lock (it uses transactions and session settings of its own), then removes the
 * uploaded file. Unexpected failures are passed to `log`; the job says `failed` either way.
 */
export function createImportJobs(workspace: Workspace, log: (error: unknown) => void): ImportJobs {
  const jobs = new Map<string, ImportStatus>();
  const running = new Set<Promise<void>>();

  const update = (id: string, change: Partial<ImportStatus>) => {
    const job = jobs.get(id);
    if (job !== undefined) jobs.set(id, { ...job, ...change });
  };

  const forgetOld = () => {
    const finished = [...jobs.values()].filter((job) => job.state === 'done' || job.state === 'failed');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.id);
  };

  const run = async (id: string, upload: SavedUpload, options: ImportOptionsInput) => {
    try {
      const summary = await workspace.lock.exclusive(() => {
        update(id, { state: 'running' });
        return importFiles(workspace.store, [upload.path], {
          ...options,
          onProgress: ({ phase, fraction }) => update(id, { phase, fraction }),
        });
      });
      const { importId, read, accepted, quarantined, duplicates, seconds } = summary;
      workspace.analyses.dataChanged();
      update(id, { state: 'done', fraction: 1, importId, read, accepted, quarantined, duplicates, seconds });
    } catch (error) {
      if (!(error instanceof ImportError)) log(error);
      const message = error instanceof Error ? error.message : String(error);
      update(id, {
        state: 'failed',
        error: { code: error instanceof ImportError ? 'import-failed' : 'internal', message },
      });
    } finally {
      upload.remove();
      forgetOld();
    }
  };

  return {
    start(upload, name, options) {
      const id = randomUUID();
      const status: ImportStatus = {
        id,
        name,
        state: 'queued',
        read: 0,
        accepted: 0,
        quarantined: 0,
        duplicates: 0,
      };
      jobs.set(id, status);
      const job = run(id, upload, options).finally(() => running.delete(job));
      running.add(job);
      return status;
    },
    get: (id) => jobs.get(id),
    async idle() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
