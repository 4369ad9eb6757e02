import { useCallback, useEffect, useState } from 'react';

/** The state of an asynchronous load. */
export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Runs `load` when `key` changes and on `reload()`; a load overtaken by a newer one is
 * ignored (its signal is aborted).
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads; reloading on every new closure would loop.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => controller.signal.aborted || setState({ status: 'done', data }),
      (error: unknown) => controller.signal.aborted || setState({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
