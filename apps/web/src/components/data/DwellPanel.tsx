import { useMemo } from 'react';
import { type AnalyticsWindow, getDwell } from '../../api/analytics.ts';
import type { DwellRow } from '../../api/analytics-schemas.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import { dwellOption } from '../charts/options/dwell.ts';
import { DataPanel } from './DataPanel.tsx';

function DwellChart({ rows }: { rows: readonly DwellRow[] }) {
  const t = useT();
  const option = useMemo(
    () =>
      dwellOption(
        rows,
        { median: t('data.median'), mean: t('data.mean'), p90: t('data.p90') },
        t('data.minutes'),
      ),
    [rows, t],
  );
  return (
    <EChart
      option={option}
      label={t('data.chart', { name: t('data.dwell') })}
      height={Math.max(260, 40 * rows.length)}
    />
  );
}

/** Time spent on each stage or touchpoint. */
export function DwellPanel({ mapId, window }: { mapId: string; window: AnalyticsWindow }) {
  return (
    <DataPanel
      load={(signal) => getDwell(mapId, window, signal)}
      loadKey={`${mapId}|${window}`}
      isEmpty={(rows) => rows.length === 0}
    >
      {(rows) => <DwellChart rows={rows} />}
    </DataPanel>
  );
}
