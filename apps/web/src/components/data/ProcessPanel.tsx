import { useMemo, useState } from 'react';
import { getDfg, type Period, periodQuery } from '../../api/analytics.ts';
import type { Dfg } from '../../api/analytics-schemas.ts';
import { formatCount, formatDuration } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import { dfgOption, layoutOf } from '../charts/options/dfg.ts';
import { END, filterDfg, START } from '../charts/options/dfg-filter.ts';
import type { StageRef } from '../charts/options/funnel.ts';
import { DataPanel } from './DataPanel.tsx';
import { FrequencySlider } from './FrequencySlider.tsx';
import { ProcessTable } from './ProcessTable.tsx';
import type { DataNames } from './place-names.ts';
import { StageLegend } from './StageLegend.tsx';

/** Activities shown at first: all of a small graph, the most frequent ones of a big one. */
const FIRST_ACTIVITIES = 15;

interface ProcessProps {
  names: DataNames;
  /** A touchpoint's stage colour. */
  color: (id: string) => string | undefined;
  /** The map's stages, for the legend of the colours. */
  stages: readonly StageRef[];
}

function ProcessChart({ dfg, names, color, stages }: ProcessProps & { dfg: Dfg }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const all = useMemo(() => filterDfg(dfg, { activities: 1, paths: 1 }), [dfg]);
  const [activities, setActivities] = useState(() =>
    Math.min(100, Math.floor((FIRST_ACTIVITIES / Math.max(1, all.total.nodes)) * 100)),
  );
  const [paths, setPaths] = useState(30);
  const view = useMemo(
    () => filterDfg(dfg, { activities: activities / 100, paths: paths / 100 }),
    [dfg, activities, paths],
  );
  const layout = useMemo(() => layoutOf(view, { name: names.touchpoint }), [view, names]);
  const title = (id: string) =>
    id === START ? t('data.start') : id === END ? t('data.end') : names.touchpoint(id);
  const option = useMemo(
    () =>
      dfgOption(view, layout, {
        name: names.touchpoint,
        color,
        start: `▶ ${t('data.start')}`,
        end: `■ ${t('data.end')}`,
        nodeTip: (count) => t('process.events', { n: formatCount(lang, count) }),
        linkTip: (link) =>
          typeof link.medianSeconds === 'number'
            ? t('process.transitionsTime', {
                n: formatCount(lang, link.count),
                time: formatDuration(t, lang, link.medianSeconds),
              })
            : t('process.transitions', { n: formatCount(lang, link.count) }),
      }),
    [view, layout, names, color, t, lang],
  );
  return (
    <>
      <div className="process-controls">
        <FrequencySlider label={t('process.activities')} value={activities} onChange={setActivities} />
        <FrequencySlider label={t('process.paths')} value={paths} onChange={setPaths} />
        <p className="process-shown" aria-live="polite">
          {t('process.shown', {
            nodes: formatCount(lang, view.nodes.length),
            totalNodes: formatCount(lang, view.total.nodes),
            links: formatCount(lang, view.links.length),
            totalLinks: formatCount(lang, view.total.links),
          })}
        </p>
      </div>
      {view.nodes.some((node) => color(node.id)) && <StageLegend stages={stages} />}
      <div className="process-map-scroll">
        <div className="process-map" style={{ width: layout.width }}>
          <EChart
            option={option}
            label={t('data.chart', { name: t('data.process') })}
            height={layout.height}
          />
        </div>
      </div>
      <ProcessTable links={view.links} title={title} />
    </>
  );
}

/** The process map: which step directly follows which, how often and how fast. */
export function ProcessPanel({ mapId, period, ...props }: ProcessProps & { mapId: string; period: Period }) {
  return (
    <DataPanel
      load={(signal) => getDfg(mapId, period, signal)}
      loadKey={`${mapId}${periodQuery(period)}`}
      isEmpty={(dfg) => dfg.edges.length === 0}
    >
      {(dfg) => <ProcessChart dfg={dfg} {...props} />}
    </DataPanel>
  );
}
