import { usePersonaNames } from '../../hooks/use-persona-names.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCurveSeries } from '../../store/curve-series.ts';
import { useMetrics } from '../../store/metrics.ts';
import { Field } from '../common/Field.tsx';
import { useEmotionSeries } from './use-emotion-series.ts';

/** Under the emotion lane's title: which curve to edit, and the legend when data is laid over it. */
export function EmotionLaneTools() {
  const t = useT();
  const { series, persona } = useEmotionSeries();
  const metricsReady = useMetrics((state) => state.status === 'ready');
  const showData = useMetrics((state) => state.showDataCurve);
  const names = usePersonaNames();
  return (
    <div className="emotion-tools">
      {series.length > 1 && (
        <Field label={t('emotion.series')}>
          {(id) => (
            <select
              id={id}
              value={persona ?? ''}
              onChange={(event) =>
                useCurveSeries.getState().choose(event.target.value === '' ? undefined : event.target.value)
              }
            >
              {series.map((option) => (
                <option key={option ?? ''} value={option ?? ''}>
                  {option === undefined ? t('emotion.wholeMap') : (names.get(option) ?? option)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {metricsReady && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showData}
            onChange={(event) => useMetrics.getState().setShowDataCurve(event.target.checked)}
          />
          <span>{t('emotion.showData')}</span>
        </label>
      )}
      {metricsReady && showData && (
        <p className="curve-legend">
          <span className="legend drawn">{t('emotion.drawn')}</span>
          <span className="legend data">{t('emotion.fromData')}</span>
        </p>
      )}
    </div>
  );
}
