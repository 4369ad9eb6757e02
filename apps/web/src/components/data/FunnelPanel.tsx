import { useMemo } from 'react';
import { type AnalyticsWindow, getFunnel, type Period, periodQuery } from '../../api/analytics.ts';
import type { Funnel } from '../../api/analytics-schemas.ts';
import { formatCount, formatDuration, formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import { funnelOption, type StageRef, stepColor } from '../charts/options/funnel.ts';
import { DataPanel } from './DataPanel.tsx';

function FunnelContent({ funnel, stages }: { funnel: Funnel; stages: readonly StageRef[] }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const option = useMemo(
    () => funnelOption(funnel, t('data.customers'), stages, (n) => formatCount(lang, n)),
    [funnel, t, stages, lang],
  );
  return (
    <>
      <EChart option={option} label={t('data.chart', { name: t('data.funnel') })} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('editor.stage')}</th>
            <th>{t('data.customers')}</th>
            <th>{t('data.conversion')}</th>
            <th>{t('data.timeToConvert')}</th>
          </tr>
        </thead>
        <tbody>
          {funnel.steps.map((step, i) => (
            <tr key={step.name}>
              <td>
                <span
                  className="stage-swatch"
                  style={{ background: stepColor(step, i, stages) }}
                  aria-hidden="true"
                />
                {step.name}
              </td>
              <td>{formatCount(lang, step.customers)}</td>
              <td>
                {typeof step.conversion === 'number' ? formatPercent(lang, step.conversion) : '—'}
                {step.ci && (
                  <span className="muted">
                    {' '}
                    {t('data.ci', {
                      lo: formatPercent(lang, step.ci[0]),
                      hi: formatPercent(lang, step.ci[1]),
                    })}
                  </span>
                )}
              </td>
              <td>
                {typeof step.medianSecondsToConvert === 'number'
                  ? formatDuration(t, lang, step.medianSecondsToConvert)
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The stage funnel: customers per step, conversion with its interval, time to convert. */
export function FunnelPanel({
  mapId,
  window,
  period,
  stages,
}: {
  mapId: string;
  window: AnalyticsWindow;
  period: Period;
  stages: readonly StageRef[];
}) {
  return (
    <DataPanel
      load={(signal) => getFunnel(mapId, window, period, signal)}
      loadKey={`${mapId}|${window}${periodQuery(period)}`}
      isEmpty={(funnel) => funnel.steps.length === 0}
    >
      {(funnel) => <FunnelContent funnel={funnel} stages={stages} />}
    </DataPanel>
  );
}
