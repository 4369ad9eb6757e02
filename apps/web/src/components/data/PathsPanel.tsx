import { useMemo } from 'react';
import { getPathsSummary, type Period, periodQuery } from '../../api/analytics.ts';
import type { PathsSummary } from '../../api/analytics-schemas.ts';
import { formatCount, formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import type { StageRef } from '../charts/options/funnel.ts';
import { PATHS_ASKED, pathsCoverage, sankeyOption } from '../charts/options/sankey.ts';
import { DataPanel } from './DataPanel.tsx';
import type { DataNames } from './place-names.ts';
import { StageLegend } from './StageLegend.tsx';

interface PathsProps {
  names: DataNames;
  /** A touchpoint's stage colour. */
  color: (id: string) => string | undefined;
  /** The map's stages, for the legend of the colours. */
  stages: readonly StageRef[];
}

function PathsChart({ summary, names, color, stages }: PathsProps & { summary: PathsSummary }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const option = useMemo(
    () =>
      sankeyOption(summary.paths, {
        name: names.touchpoint,
        customers: (n) => t('paths.customers', { n: formatCount(lang, n) }),
        count: (n) => formatCount(lang, n),
        color,
      }),
    [summary, names, color, t, lang],
  );
  const coverage = pathsCoverage(summary.paths, summary.customers);
  return (
    <>
      <p className="chart-caption">
        {coverage.share === null
          ? t('paths.captionCount', {
              n: formatCount(lang, coverage.paths),
              customers: formatCount(lang, coverage.customers),
            })
          : t('paths.caption', {
              n: formatCount(lang, coverage.paths),
              share: formatPercent(lang, coverage.share),
              customers: formatCount(lang, coverage.customers),
              total: formatCount(lang, summary.customers ?? 0),
            })}
      </p>
      {summary.paths.some((path) => path.steps.some((step) => color(step))) && (
        <StageLegend stages={stages} />
      )}
      <EChart
        option={option}
        label={t('data.chart', { name: t('data.paths') })}
        height={Math.max(360, 44 * coverage.paths + 120)}
      />
    </>
  );
}

/** The paths customers really take, as a Sankey diagram with how many customers they cover. */
export function PathsPanel({ mapId, period, ...props }: PathsProps & { mapId: string; period: Period }) {
  return (
    <DataPanel
      load={(signal) => getPathsSummary(mapId, PATHS_ASKED, period, signal)}
      loadKey={`${mapId}${periodQuery(period)}`}
      isEmpty={(summary) => summary.paths.every((path) => path.steps.length < 2)}
    >
      {(summary) => <PathsChart summary={summary} {...props} />}
    </DataPanel>
  );
}
