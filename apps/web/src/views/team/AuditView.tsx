import { listAudit } from '../../api/team.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Loading } from '../../components/common/Loading.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { OwnerOnly } from './OwnerOnly.tsx';

/** `{ role: 'editor' }` → `role: editor`: details as the server recorded them. */
function detailText(detail: Readonly<Record<string, unknown>>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

function AuditTable() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const entries = useAsync(() => listAudit(), 'audit');
  if (entries.status === 'loading') return <Loading />;
  if (entries.status === 'error') return <ErrorNotice error={entries.error} onRetry={entries.reload} />;
  if (entries.data.length === 0) return <p className="muted">{t('audit.empty')}</p>;
  return (
    <table className="data-table team-table" aria-label={t('audit.list')}>
      <thead>
        <tr>
          <th>{t('audit.at')}</th>
          <th>{t('audit.action')}</th>
          <th>{t('audit.actor')}</th>
          <th>{t('audit.target')}</th>
          <th>{t('audit.ip')}</th>
          <th>{t('audit.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.data.map((entry) => (
          <tr key={entry.id} className={entry.action === 'sign-in-failed' ? 'warn' : undefined}>
            <td>
              <time dateTime={entry.at}>{formatDateTime(lang, entry.at)}</time>
            </td>
            <td>{t(`audit.action.${entry.action}`)}</td>
            <td>{entry.actor ?? '—'}</td>
            <td>{entry.target ?? '—'}</td>
            <td>{entry.ip ?? '—'}</td>
            <td className="muted">{detailText(entry.detail)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The owner's audit log: sign-ins, failures, role changes, keys, shares and deletions, newest first. */
export function AuditView() {
  const t = useT();
  return (
    <div className="team-page">
      <h1>{t('audit.title')}</h1>
      <OwnerOnly>
        <AuditTable />
      </OwnerOnly>
    </div>
  );
}
