import { useMemo, useState } from 'react';
import { type AnalyticsWindow, WINDOWS } from '../api/analytics.ts';
import { getMap } from '../api/maps.ts';
import { Field } from '../components/common/Field.tsx';
import { DwellPanel } from '../components/data/DwellPanel.tsx';
import { EmotionsPanel } from '../components/data/emotions/EmotionsPanel.tsx';
import { FunnelPanel } from '../components/data/FunnelPanel.tsx';
import { FeedbackPanel } from '../components/data/feedback/FeedbackPanel.tsx';
import { PathsPanel } from '../components/data/PathsPanel.tsx';
import { PeriodFields } from '../components/data/PeriodFields.tsx';
import { ProcessPanel } from '../components/data/ProcessPanel.tsx';
import { periodFromDates } from '../components/data/period.ts';
import { touchpointColors } from '../components/data/place-colors.ts';
import { dataNames } from '../components/data/place-names.ts';
import { SurveyPanel } from '../components/data/survey/SurveyPanel.tsx';
import { TimelinePanel } from '../components/data/TimelinePanel.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useLanguage } from '../i18n/language-store.ts';
import '../styles/data.css';
import { useT } from '../i18n/use-t.ts';
import { routeHash } from '../router/route.ts';

const TABS = ['funnel', 'paths', 'process', 'dwell', 'survey', 'feedback', 'emotions', 'timeline'] as const;
type Tab = (typeof TABS)[number];

/**
 * Tabs whose numbers depend on the conversion window: only the funnel, since the server
 * reads no window for paths, the process map or dwell times.
 */
const WINDOWED: ReadonlySet<Tab> = new Set(['funnel']);

/** Tabs read over the chosen dates (the API's `from`/`to`). */
const PERIODED: ReadonlySet<Tab> = new Set(['funnel', 'paths', 'process', 'dwell']);

/**
 * The data behind a map: funnel, paths, process map, dwell times, survey metrics, customer
 * feedback, the emotion curve from data, one customer's timeline.
 */
export function MapDataView({ id }: { id: string }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const loaded = useAsync(() => getMap(id), id);
  const [tab, setTab] = useState<Tab>('funnel');
  const [window, setWindow] = useState<AnalyticsWindow>('30d');
  const [from, setFrom] = useState('');
  const [through, setThrough] = useState('');
  const period = useMemo(() => periodFromDates(from, through), [from, through]);
  const map = loaded.status === 'done' ? loaded.data.map : null;
  const names = useMemo(() => dataNames(map, lang), [map, lang]);
  const colors = useMemo(() => touchpointColors(map), [map]);
  const stages = useMemo(() => map?.stages.map(({ id, name }) => ({ id, name })) ?? [], [map]);
  const title = map?.title ?? id;
  return (
    <div className="data-view">
      <div className="view-heading">
        <a className="back" href={routeHash({ name: 'map', id })} aria-label={t('compare.backToMap')}>
          ←
        </a>
        <h1>{t('data.title', { title })}</h1>
        <a href={routeHash({ name: 'persona-suggestions', id })}>{t('editor.personaSuggestions')}</a>
      </div>
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
        {PERIODED.has(tab) && (
          <PeriodFields
            from={from}
            through={through}
            onChange={(first, last) => {
              setFrom(first);
              setThrough(last);
            }}
          />
        )}
        {WINDOWED.has(tab) && (
          <Field label={t('data.window')}>
            {(id) => (
              <select
                id={id}
                title={t('data.windowHint')}
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
        {tab === 'funnel' && <FunnelPanel mapId={id} window={window} period={period} stages={stages} />}
        {tab === 'paths' && (
          <PathsPanel mapId={id} period={period} names={names} color={colors} stages={stages} />
        )}
        {tab === 'process' && (
          <ProcessPanel mapId={id} period={period} names={names} color={colors} stages={stages} />
        )}
        {tab === 'dwell' && <DwellPanel mapId={id} names={names} period={period} />}
        {tab === 'survey' && <SurveyPanel mapId={id} names={names} />}
        {tab === 'feedback' && <FeedbackPanel mapId={id} names={names} />}
        {tab === 'emotions' && <EmotionsPanel mapId={id} map={map} />}
        {tab === 'timeline' && <TimelinePanel mapId={id} />}
      </div>
    </div>
  );
}
