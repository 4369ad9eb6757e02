import { useState } from 'react';
import { type AnalyticsWindow, WINDOWS } from '../api/analytics.ts';
import { getMap } from '../api/maps.ts';
import { Field } from '../components/common/Field.tsx';
import { DwellPanel } from '../components/data/DwellPanel.tsx';
import { FunnelPanel } from '../components/data/FunnelPanel.tsx';
import { PathsPanel } from '../components/data/PathsPanel.tsx';
import { ProcessPanel } from '../components/data/ProcessPanel.tsx';
import { TimelinePanel } from '../components/data/TimelinePanel.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useT } from '../i18n/use-t.ts';

const TABS = ['funnel', 'paths', 'process', 'dwell', 'timeline'] as const;
type Tab = (typeof TABS)[number];

/** The data behind a map: funnel, paths, process map, dwell times, one customer's timeline. */
export function MapDataView({ id }: { id: string }) {
  const t = useT();
  const map = useAsync(() => getMap(id), id);
  const [tab, setTab] = useState<Tab>('funnel');
  const [window, setWindow] = useState<AnalyticsWindow>('30d');
  const title = map.status === 'done' ? map.data.map.title : id;
  return (
    <div className="data-view">
      <a className="back" href={`#/maps/${encodeURIComponent(id)}`} aria-label={t('compare.backToMap')}>
        ←
      </a>
      <h1>{t('data.title', { title })}</h1>
      <div className="data-controls">
        <div role="tablist" aria-label={t('data.views')}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls="data-tabpanel"
              onClick={() => setTab(name)}
            >
              {t(`data.${name}`)}
            </button>
          ))}
        </div>
        {tab !== 'timeline' && (
          <Field label={t('data.window')}>
            {(id) => (
              <select
                id={id}
                value={window}
                onChange={(event) => setWindow(event.target.value as AnalyticsWindow)}
              >
                {WINDOWS.map((w) => (
                  <option key={w} value={w}>
                    {t(`data.window.${w}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div role="tabpanel" id="data-tabpanel" aria-labelledby={`tab-${tab}`} className="panel">
        {tab === 'funnel' && <FunnelPanel mapId={id} window={window} />}
        {tab === 'paths' && <PathsPanel mapId={id} window={window} />}
        {tab === 'process' && <ProcessPanel mapId={id} window={window} />}
        {tab === 'dwell' && <DwellPanel mapId={id} window={window} />}
        {tab === 'timeline' && <TimelinePanel mapId={id} />}
      </div>
    </div>
  );
}
