import { useId, useState } from 'react';
import { EXPORT_FORMATS, exportsAvailable, exportUrl } from '../../api/exports.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { useMetrics } from '../../store/metrics.ts';
import { periodLabel } from '../data/period.ts';
import { popoverSide } from './popover-side.ts';
import { usePopoverDismiss } from './use-popover-dismiss.ts';
import '../../styles/export.css';

/**
 * Download links of the map's exports, with a "with data" switch that adds the measured
 * figures, the data emotion curve and the accepted pains over the period the editor's
 * figures cover (and says which); hidden when the server does not offer exports (404).
 */
export function ExportMenu({ mapId }: { mapId: string }) {
  const t = useT();
  const hintId = useId();
  const lang = useLanguage((state) => state.lang);
  const [withData, setWithData] = useState(false);
  const [side, setSide] = useState<'start' | 'end'>('end');
  const dismissable = usePopoverDismiss();
  const period = useMetrics((state) => state.period);
  const available = useAsync(() => exportsAvailable(mapId), mapId);
  if (available.status !== 'done' || !available.data) return null;
  return (
    <details
      ref={dismissable}
      className="export-menu"
      onToggle={(event) => {
        const details = event.currentTarget;
        if (details.open) setSide(popoverSide(details, details.querySelector('.export-panel')));
      }}
    >
      <summary>{t('export.title')}</summary>
      <div className="export-panel" data-side={side}>
        <label className="export-with-data">
          <input
            type="checkbox"
            checked={withData}
            onChange={(event) => setWithData(event.target.checked)}
            aria-describedby={hintId}
          />
          {t('export.withData')}
        </label>
        <p id={hintId} className="export-with-data-hint muted">
          {t('export.withDataHint')}
          {withData && (
            <span className="export-with-data-period">
              {t('export.withDataPeriod', { period: periodLabel(lang, t, period) ?? t('data.allTime') })}
            </span>
          )}
        </p>
        <ul>
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <a
                href={exportUrl(mapId, format, withData, period)}
                download
                aria-label={t('export.download', { format: t(`export.${format}`) })}
              >
                {t(`export.${format}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
