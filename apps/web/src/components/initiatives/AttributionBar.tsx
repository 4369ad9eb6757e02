import { useEffect } from 'react';
import { formatCount } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Field } from '../common/Field.tsx';
import { useAttribution } from './attribution-store.ts';
import { ATTRIBUTION_MODELS, type AttributionModel } from './schemas.ts';

/**
 * Conversion event and attribution model of the credit shown next to each touchpoint of
 * the map (see {@link AttributionFigure}); read-only, so every member may use it.
 */
export function AttributionBar({ mapId }: { mapId: string }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const { conversion, model, status, answer, error } = useAttribution();
  const creditOf = useAttribution((state) => state.mapId);
  const shown = status !== 'off' && creditOf === mapId;
  // Credit of the previous map is not carried over to this one.
  useEffect(() => {
    if (useAttribution.getState().mapId !== mapId) useAttribution.getState().hide();
  }, [mapId]);
  return (
    <form
      className="attribution-bar"
      aria-label={t('attribution.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (conversion.trim() !== '') void useAttribution.getState().show(mapId);
      }}
    >
      <Field label={t('attribution.conversion')}>
        {(id) => (
          <input
            id={id}
            value={conversion}
            onChange={(e) => useAttribution.getState().setConversion(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('attribution.model')}>
        {(id) => (
          <select
            id={id}
            value={model}
            onChange={(e) => useAttribution.getState().setModel(e.target.value as AttributionModel)}
          >
            {ATTRIBUTION_MODELS.map((m) => (
              <option key={m} value={m}>
                {t(`attribution.model.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit">{t('attribution.show')}</button>
      {shown && (
        <button type="button" onClick={() => useAttribution.getState().hide()}>
          {t('attribution.hide')}
        </button>
      )}
      {shown && status === 'ready' && answer && (
        <span className="muted">
          {t('attribution.summary', {
            total: formatCount(lang, answer.total),
            unattributed: formatCount(lang, answer.unattributed),
          })}
        </span>
      )}
      {shown && status === 'error' && <ErrorNotice error={error} />}
    </form>
  );
}
