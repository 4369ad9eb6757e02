import { EXPORT_FORMATS, exportsAvailable, exportUrl } from '../../api/exports.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { useT } from '../../i18n/use-t.ts';

/** Download links of the map's exports; hidden when the server does not offer them (404). */
export function ExportMenu({ mapId }: { mapId: string }) {
  const t = useT();
  const available = useAsync(() => exportsAvailable(mapId), mapId);
  if (available.status !== 'done' || !available.data) return null;
  return (
    <details className="export-menu">
      <summary>{t('export.title')}</summary>
      <ul>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a
              href={exportUrl(mapId, format)}
              download
              aria-label={t('export.download', { format: t(`export.${format}`) })}
            >
              {t(`export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
