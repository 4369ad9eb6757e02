import { useMemo } from 'react';
import { type AnalyticsWindow, getPaths } from '../../api/analytics.ts';
import type { PathRow } from '../../api/analytics-schemas.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import { sankeyOption } from '../charts/options/sankey.ts';
import { DataPanel } from './DataPanel.tsx';

function PathsChart({ paths }: { paths: readonly PathRow[] }) {
  const t = useT();
  const option = useMemo(() => sankeyOption(paths), [paths]);
  return <EChart option={option} label={t('data.chart', { name: t('data.paths') })} height={520} />;
}

/** The paths customers really take, as a Sankey diagram. */
export function PathsPanel({ mapId, window }: { mapId: string; window: AnalyticsWindow }) {
  return (
    <DataPanel
      load={(signal) => getPaths(mapId, window, signal)}
      loadKey={`${mapId}|${window}`}
      isEmpty={(paths) => paths.every((path) => path.steps.length < 2)}
    >
      {(paths) => <PathsChart paths={paths} />}
    </DataPanel>
  );
}
