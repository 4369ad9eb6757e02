import type { ReactNode } from 'react';
import { type AsyncState, useAsync } from '../../hooks/use-async.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Loading } from '../common/Loading.tsx';
import { NoData } from '../common/NoData.tsx';

interface DataPanelProps<T> {
  /** Loads the data; `null` means the route does not exist (yet). */
  load: (signal: AbortSignal) => Promise<T | null>;
  /** Changes when the data to load changes. */
  loadKey: string;
  /** Whether loaded data holds nothing to show. */
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** Loads one data view and shows it, or the translated "no data yet" when there is none. */
export function DataPanel<T>({ load, loadKey, isEmpty, children }: DataPanelProps<T>) {
  const state: AsyncState<T | null> & { reload: () => void } = useAsync(load, loadKey);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (state.data === null || isEmpty(state.data)) return <NoData />;
  return <>{children(state.data)}</>;
}
