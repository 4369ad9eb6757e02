import type { DuckDbStore } from '@opencjm/engine';
import { ApiError } from '../http/api-error.ts';

/** Limits of the analysis queue. */
export interface AnalysisLimits {
  /** Analyses waiting beyond this answer 503 `busy` at once (default 64). */
  readonly maxWaiting?: number;
  /** An analysis running longer is interrupted and answers 503 `analysis-timeout` (default 60 s). */
  readonly timeoutMs?: number;
}

/** Work that is given up: the client went away before its answer. */
export interface Cancellable {
  /** Calls `listener` once if the client goes away; returns a function that stops listening. */
  onAbort(listener: () => void): () => void;
}

/** Runs analyses one at a time on their own connection, bounded and cancellable. */
export interface AnalysisQueue {
  run<T>(work: (store: DuckDbStore) => Promise<T>, client?: Cancellable): Promise<T>;
  /**
   * Like `run`, but the answer is kept under `key` (the query, the map's content) for the
   * current data version, and asked again while computing it waits for the same run.
   */
  cached<T>(key: string, work: (store: DuckDbStore) => Promise<T>, client?: Cancellable): Promise<T>;
  /** Forgets every kept answer: call when the events change (an import finished). */
  dataChanged(): void;
  /** Calls `listener` after each `dataChanged`; returns the unsubscribe. */
  onDataChanged(listener: () => void): () => void;
  /** Analyses running or waiting now. */
  readonly load: { running: number; waiting: number };
  /** Resolves when nothing runs (for closing the store). */
  idle(): Promise<void>;
}

const DEFAULTS = { maxWaiting: 64, timeoutMs: 60_000 } as const;
/** Answers kept, least recently used dropped first. */
const CACHE_ENTRIES = 200;
const INTERRUPT_REPEAT_MS = 50;

/**
 * The server's analyses, on `store` (a connection of their own, so a running import never
 * blocks them: they read the last committed data). One runs at a time — DuckDB already
 * uses every core for one query — so an interrupt stops exactly that one. A waiting
 * analysis whose client has gone is dropped; a running one is interrupted; one over the
 * time limit is interrupted and answers 503; a full queue answers 503 `busy` at once.
 * Hand-written: the queue is a dozen lines around DuckDB's `interrupt`, which no pool
 * library knows about.
 */
export function analysisQueue(store: DuckDbStore, limits: AnalysisLimits = {}): AnalysisQueue {
  const { maxWaiting, timeoutMs } = { ...DEFAULTS, ...limits };
  const waiting: { start: () => void; drop: (error: unknown) => void }[] = [];
  let running: Promise<unknown> | undefined;
  const load = { running: 0, waiting: 0 };
  const listeners = new Set<() => void>();

  const next = () => {
    load.waiting = waiting.length;
    if (running === undefined) waiting.shift()?.start();
    load.waiting = waiting.length;
  };

  const run = <T>(work: (store: DuckDbStore) => Promise<T>, client?: Cancellable): Promise<T> => {
    if (waiting.length >= maxWaiting)
      return Promise.reject(new ApiError(503, { error: { code: 'busy' } }, { retryAfter: 5 }));
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const finish = (error: unknown, value?: T) => {
        if (settled) return;
        settled = true;
        stopListening();
        if (error === undefined) resolve(value as T);
        else reject(error);
      };
      const entry = {
        drop: (error: unknown) => finish(error),
        start: () => {
          if (settled) return next();
          load.running = 1;
          let interrupted: ApiError | undefined;
          let repeat: NodeJS.Timeout | undefined;
          // An interrupt that arrives before DuckDB has started the statement is lost, so
          // it is repeated until the work gives up.
          const interrupt = (code: string) => {
            interrupted ??= new ApiError(503, { error: { code } });
            store.conn.interrupt();
            repeat ??= setInterval(() => store.conn.interrupt(), INTERRUPT_REPEAT_MS);
          };
          const timer = setTimeout(() => interrupt('analysis-timeout'), timeoutMs);
          abortRunning = () => interrupt('client-gone');
          const job = work(store).then(
            (value) => finish(interrupted, interrupted === undefined ? value : undefined),
            (error: unknown) => finish(interrupted ?? error),
          );
          running = job.finally(() => {
            clearTimeout(timer);
            clearInterval(repeat);
            abortRunning = undefined;
            running = undefined;
            load.running = 0;
            next();
          });
        },
      };
      let abortRunning: (() => void) | undefined;
      const stopListening =
        client?.onAbort(() => {
          const index = waiting.indexOf(entry);
          if (index >= 0) {
            waiting.splice(index, 1);
            load.waiting = waiting.length;
            finish(new ApiError(503, { error: { code: 'client-gone' } }));
          } else abortRunning?.();
        }) ?? (() => undefined);
      waiting.push(entry);
      next();
    });
  };

  // Answers by key for the current data; a failed or cancelled run is not kept. A run
  // shared by several clients is cancelled only when every one of them has gone.
  type Entry = { answer: Promise<unknown>; join(client: Cancellable | undefined): void };
  let answers = new Map<string, Entry>();
  const shared = (work: (store: DuckDbStore) => Promise<unknown>): Entry => {
    let waiting = 0;
    let pinned = false;
    let cancel: (() => void) | undefined;
    const answer = run(work, {
      onAbort(listener) {
        cancel = listener;
        return () => {
          cancel = undefined;
        };
      },
    });
    return {
      answer,
      join(client) {
        if (client === undefined) {
          pinned = true;
          return;
        }
        waiting++;
        const stop = client.onAbort(() => {
          waiting--;
          if (waiting === 0 && !pinned) cancel?.();
        });
        answer.then(stop, stop);
      },
    };
  };
  const cached = <T>(
    key: string,
    work: (store: DuckDbStore) => Promise<T>,
    client?: Cancellable,
  ): Promise<T> => {
    const generation = answers;
    let entry = generation.get(key);
    if (entry !== undefined) generation.delete(key);
    else {
      entry = shared(work);
      entry.answer.catch(() => generation.delete(key));
    }
    generation.set(key, entry);
    if (generation.size > CACHE_ENTRIES) generation.delete(generation.keys().next().value as string);
    entry.join(client);
    return entry.answer as Promise<T>;
  };

  return {
    run,
    cached,
    dataChanged() {
      answers = new Map();
      for (const listener of listeners) listener();
    },
    onDataChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
    async idle() {
      while (running !== undefined) await running.catch(() => undefined);
    },
  };
}
