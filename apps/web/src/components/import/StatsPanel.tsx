import { getStats } from '../../api/imports.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { formatCount, formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Loading } from '../common/Loading.tsx';

/** What the workspace holds (`GET /api/stats`); `round` changes to load it again. */
export function StatsPanel({ round }: { round: number }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const stats = useAsync((signal) => getStats(signal), String(round));
  return (
    <section className="panel" aria-label={t('stats.title')}>
      <h2>{t('stats.title')}</h2>
      {stats.status === 'loading' && <Loading />}
      {stats.status === 'error' && <ErrorNotice error={stats.error} onRetry={stats.reload} />}
      {stats.status === 'done' && (
        <dl className="facts">
          <div>
            <dt>{t('stats.events')}</dt>
            <dd>{formatCount(lang, stats.data.events)}</dd>
          </div>
          <div>
            <dt>{t('stats.customers')}</dt>
            <dd>{formatCount(lang, stats.data.customers)}</dd>
          </div>
          <div>
            <dt>{t('stats.quarantined')}</dt>
            <dd>{formatCount(lang, stats.data.quarantined)}</dd>
          </div>
          <div>
            <dt>{t('stats.lastEvent')}</dt>
            <dd>
              {stats.data.lastEventAt ? formatDateTime(lang, stats.data.lastEventAt) : t('stats.never')}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
