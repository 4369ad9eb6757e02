import { listActivity } from '../../api/team.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { IconButton } from '../common/IconButton.tsx';
import { Loading } from '../common/Loading.tsx';
import { changeTexts } from './activity-text.ts';

/** Who changed what on the map, newest first. */
export function ActivityPanel({ mapId }: { mapId: string }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const loaded = useAsync((signal) => listActivity(mapId, signal), mapId);
  const map = useEditor((state) => state.map);
  return (
    <div className="activity-panel">
      <IconButton label={t('pains.refresh')} icon="↻" onClick={loaded.reload} />
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.status === 'done' && loaded.data.length === 0 && <p className="muted">{t('activity.empty')}</p>}
      {loaded.status === 'done' && loaded.data.length > 0 && (
        <ol className="activity-list">
          {loaded.data.map((entry) => {
            const changes = changeTexts(t, entry.changes, map);
            return (
              <li key={entry.id}>
                <p>
                  {t('activity.entry', {
                    who: entry.actor?.name ?? t('activity.key'),
                    action: t(`activity.action.${entry.action}`),
                  })}
                </p>
                {changes.length > 0 && <p className="muted">{changes.join(' · ')}</p>}
                <time className="muted" dateTime={entry.at}>
                  {formatDateTime(lang, entry.at)}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
