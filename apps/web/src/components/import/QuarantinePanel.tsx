import { getQuarantine, quarantineDownload } from '../../api/imports.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Loading } from '../common/Loading.tsx';

/** The rows an import set aside (line, reason, original text) and the download of all of them. */
export function QuarantinePanel({ jobId }: { jobId: string }) {
  const t = useT();
  const list = useAsync((signal) => getQuarantine(jobId, signal), jobId);
  return (
    <div className="panel">
      <h2>{t('import.quarantine')}</h2>
      <a className="button-like" href={quarantineDownload(jobId)} download>
        {t('import.quarantine.download')}
      </a>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.status === 'done' && (
        <>
          {list.data.total !== undefined && list.data.total > list.data.items.length && (
            <p className="muted">
              {t('import.quarantine.more', { shown: list.data.items.length, total: list.data.total })}
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table import-rows" aria-label={t('import.quarantine')}>
              <thead>
                <tr>
                  <th scope="col">{t('import.quarantine.line')}</th>
                  <th scope="col">{t('import.quarantine.reason')}</th>
                  <th scope="col">{t('import.quarantine.raw')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item, index) => (
                  // Rows without a line number can repeat; the position is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <tr key={index}>
                    <td>{item.line ?? ''}</td>
                    <td>{item.reason}</td>
                    <td title={item.raw ?? undefined}>
                      <code>{item.raw ?? ''}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
