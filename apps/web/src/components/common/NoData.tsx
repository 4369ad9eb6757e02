import { useT } from '../../i18n/use-t.ts';

/** The translated "no data yet" state of a data view or metric. */
export function NoData() {
  const t = useT();
  return (
    <div className="no-data" role="status">
      <strong>{t('common.noData')}</strong>
      <p>{t('common.noDataHint')}</p>
    </div>
  );
}
