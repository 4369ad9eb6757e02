import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import cliProgress from 'cli-progress';
import type { ImportProgress, ImportProgressListener } from './options.ts';

/** How often the progress of a running DuckDB statement is read, in ms. */
const POLL_MS = 200;

/**
 * Reports DuckDB's own progress of the statements run until the returned `stop` is
 * called (the bulk reads and inserts run inside DuckDB, so this is the only place their
 * progress is known). Needs `enable_progress_bar`, which the importer turns on.
 */
export function watchQueries(conn: DuckDBConnection, onFraction: (fraction: number) => void): () => void {
  const timer = setInterval(() => {
    const { percentage } = conn.progress;
    if (percentage >= 0) onFraction(Math.min(1, percentage / 100));
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** A progress bar for a terminal; `stop` ends the bar's line. */
export interface TerminalProgress {
  listener: ImportProgressListener;
  stop(): void;
}

/**
 * Draws one import progress bar (cli-progress) on a terminal stream, normally stderr:
 * file n of m, the phase, and the phase's share done. Only for a TTY — callers decide.
 */
export function terminalProgress(stream: NodeJS.WritableStream): TerminalProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{name} {phase} [{bar}] {percentage}% | file {number}/{files}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const payload = (p: ImportProgress) => ({
    name: basename(p.file),
    phase: p.phase.padEnd(10),
    number: p.fileIndex + 1,
    files: p.files,
  });
  return {
    listener(p) {
      const value = Math.round(p.fraction * 100);
      if (!started) {
        bar.start(100, value, payload(p));
        started = true;
      } else bar.update(value, payload(p));
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
