import { useId, useState } from 'react';
import { EXPORT_FORMATS, exportsAvailable, exportUrl } from '../../api/exports.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { useT } from '../../i18n/use-t.ts';
import '../../styles/export.css';

/**
 * Download links of the map's exports, with a "with data" switch that adds the measured
 * figures, the data emotion curve and the accepted pains; hidden when the server does not
 * offer exports (404).
 */
export function ExportMenu({ mapId }: { mapId: string }) {
  const t = useT();
  const hintId = useId();
  const [withData, setWithData] = useState(false);
  const available = useAsync(() => exportsAvailable(mapId), mapId);
  if (available.status !== 'done' || !available.data) return null;
  return (
    <details className="export-menu">
      <summary>{t('export.title')}</summary>
      <div className="export-panel">
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
        </p>
        <ul>
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <a
                href={exportUrl(mapId, format, withData)}
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
