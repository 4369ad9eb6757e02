import { useMemo } from 'react';
import { type AnalyticsWindow, getDfg } from '../../api/analytics.ts';
import type { Dfg } from '../../api/analytics-schemas.ts';
import { formatDuration } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import { dfgOption } from '../charts/options/dfg.ts';
import { DataPanel } from './DataPanel.tsx';

function ProcessChart({ dfg }: { dfg: Dfg }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const option = useMemo(
    () =>
      dfgOption(dfg, (seconds) => formatDuration(t, lang, seconds), {
        start: `▶ ${t('data.start')}`,
        end: `■ ${t('data.end')}`,
      }),
    [dfg, t, lang],
  );
  return <EChart option={option} label={t('data.chart', { name: t('data.process') })} height={560} />;
}

/** The process map: which step directly follows which, how often and how fast. */
export function ProcessPanel({ mapId, window }: { mapId: string; window: AnalyticsWindow }) {
  return (
    <DataPanel
      load={(signal) => getDfg(mapId, window, signal)}
      loadKey={`${mapId}|${window}`}
      isEmpty={(dfg) => dfg.edges.length === 0}
    >
      {(dfg) => <ProcessChart dfg={dfg} />}
    </DataPanel>
  );
}
