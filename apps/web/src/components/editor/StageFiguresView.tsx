import type { Stage } from '@opencjm/core';
import { memo } from 'react';
import { formatCount, formatDuration, formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import type { TKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { NONE } from '../../store/empty.ts';
import { useMetrics } from '../../store/metrics.ts';
import { type StageFigure, stageFigures } from './stage-figures.ts';

const NO_STAGES: readonly Stage[] = [];

const LABELS: Readonly<Record<StageFigure['what'], [TKey, TKey]>> = {
  reached: ['figures.reached', 'figures.reachedHint'],
  toNext: ['figures.toNext', 'figures.toNextHint'],
  timeToNext: ['figures.timeToNext', 'figures.timeToNextHint'],
  ofFirst: ['figures.ofFirst', 'figures.ofFirstHint'],
};

const NO_DATA_REASON: Readonly<Record<'unbound' | 'no-events', TKey>> = {
  unbound: 'figures.noDataUnbound',
  'no-events': 'figures.noDataEvents',
};

/** The measured figures of a stage, each named for what it counts, or "no data" with the reason. */
export const StageFiguresView = memo(function StageFiguresView({
  index,
  name,
}: {
  index: number;
  name: string;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const stages = useEditor((state) => state.map?.stages ?? NO_STAGES);
  const touchpoints = useEditor((state) => state.map?.touchpoints ?? NONE);
  const status = useMetrics((state) => state.status);
  const metrics = useMetrics((state) => state.metrics?.stages);
  const shown = stageFigures({ stages, touchpoints }, index, status, metrics);
  if (shown.kind === 'hidden') return null;
  if (shown.kind === 'loading') return <p className="stage-figures-wait muted">{t('figures.loading')}</p>;
  const value = (figure: StageFigure) => {
    if (figure.what === 'timeToNext') return formatDuration(t, lang, figure.seconds);
    if (figure.what === 'reached') return formatCount(lang, figure.value);
    return formatPercent(lang, figure.value);
  };
  return (
    <fieldset className="metric-group">
      <legend className="visually-hidden">{t('metrics.of', { name })}</legend>
      {shown.kind === 'no-data' ? (
        <p className="stage-no-data" title={t(NO_DATA_REASON[shown.reason])}>
          {t('figures.noData')}
          <span className="visually-hidden"> {t(NO_DATA_REASON[shown.reason])}</span>
        </p>
      ) : (
        <dl className="stage-figures">
          {shown.figures.map((figure) => {
            const [label, hint] = LABELS[figure.what];
            return (
              <div key={figure.what} title={t(hint)}>
                <dt>{t(label)}</dt>
                <dd>{value(figure)}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </fieldset>
  );
});
