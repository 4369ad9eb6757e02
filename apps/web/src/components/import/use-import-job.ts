import { useEffect, useState } from 'react';
import type { ImportJob } from '../../api/import-schemas.ts';
import { getImport } from '../../api/imports.ts';

/** How often a running import is asked for its progress. */
const POLL_MS = 1000;

/** Whether the job's totals are final (done) or it stopped (failed). */
export function isFinished(job: ImportJob): boolean {
  return job.state === 'done' || job.state === 'failed';
}

/** The import job, asked again every second until it is finished; polling stops on an error. */
export function useImportJob(started: ImportJob) {
  const [job, setJob] = useState(started);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` resumes polling after an error.
  useEffect(() => {
    if (isFinished(job)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getImport(job.id, controller.signal).then(
        (next) => controller.signal.aborted || setJob(next),
        (failure: unknown) => controller.signal.aborted || setError(failure),
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [job, round]);
  const retry = () => {
    setError(null);
    setRound((n) => n + 1);
  };
  return { job, error, retry };
}
