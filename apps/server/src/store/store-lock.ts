/**
 * Orders access to the one database connection. Single statements (document reads and
 * compare-and-set writes) run `shared`, side by side; a multi-statement job — an import
 * with its own transactions and session settings, or closing the store — runs `exclusive`,
 * alone, so no request's statement can land inside its transaction. First come, first
 * served: shared work queued behind an exclusive job waits for it.
 */
export interface StoreLock {
  shared<T>(work: () => Promise<T>): Promise<T>;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/** A new, free {@link StoreLock}. */
export function createStoreLock(): StoreLock {
  const queue: { exclusive: boolean; start: () => void }[] = [];
  let readers = 0;
  let writer = false;

  const pump = () => {
    for (let next = queue[0]; next !== undefined && !writer; next = queue[0]) {
      if (next.exclusive && readers > 0) return;
      queue.shift();
      if (next.exclusive) writer = true;
      else readers++;
      next.start();
    }
  };

  const run = async <T>(exclusive: boolean, work: () => Promise<T>): Promise<T> => {
    await new Promise<void>((start) => {
      queue.push({ exclusive, start });
      pump();
    });
    try {
      return await work();
    } finally {
      if (exclusive) writer = false;
      else readers--;
      pump();
    }
  };

  return { shared: (work) => run(false, work), exclusive: (work) => run(true, work) };
}
