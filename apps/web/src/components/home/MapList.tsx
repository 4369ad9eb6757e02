import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { createFutureCopy, deleteMap } from '../../api/maps.ts';
import type { MapListItem } from '../../api/schemas.ts';
import { useCan } from '../../auth/session.ts';
import { useT } from '../../i18n/use-t.ts';
import { routeHash } from '../../router/route.ts';
import { navigate } from '../../router/use-route.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { IconButton } from '../common/IconButton.tsx';
import { MapThumbnail } from './MapThumbnail.tsx';

interface MapListProps {
  items: readonly MapListItem[];
  onChanged: () => void;
}

/** The workspace's maps, each with a picture of it: open, make a future-state copy, compare, delete. */
export function MapList({ items, onChanged }: MapListProps) {
  const t = useT();
  const canWrite = useCan('write');
  const [error, setError] = useState<unknown>(null);
  const run = (action: () => Promise<void>) => () => {
    setError(null);
    action().catch(setError);
  };
  if (items.length === 0) return <p className="muted">{t('home.noMaps')}</p>;
  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      <ul className="map-list" aria-label={t('home.mapsList')}>
        {items.map((item) => (
          <li key={item.id} className="map-item">
            <a
              className="map-item-link"
              href={routeHash({ name: 'map', id: item.id })}
              aria-label={t('home.openMap', { title: item.title })}
            >
              <MapThumbnail id={item.id} version={item.version} />
              <span className="map-item-title">{item.title}</span>
            </a>
            <span className="muted">
              {t('home.mapMeta', {
                type: t(`mapType.${item.type}`),
                language: t(`lang.${item.language}`),
                version: item.version,
              })}
            </span>
            <span className="item-tools">
              {canWrite && (
                <button
                  type="button"
                  aria-label={t('home.futureCopyOf', { title: item.title })}
                  onClick={run(async () => {
                    const copy = await createFutureCopy(item.id);
                    navigate({ name: 'map', id: copy.map.id });
                  })}
                >
                  {t('home.futureCopy')}
                </button>
              )}
              {item.type === 'future' && (
                <a
                  href={routeHash({ name: 'compare', id: item.id })}
                  aria-label={t('home.compareOf', { title: item.title })}
                >
                  {t('home.compare')}
                </a>
              )}
              {canWrite && (
                <IconButton
                  label={t('home.deleteMap', { title: item.title })}
                  icon={<Trash2 size={14} />}
                  onClick={run(async () => {
                    if (!window.confirm(t('home.confirmDeleteMap', { title: item.title }))) return;
                    await deleteMap(item.id, item.version);
                    onChanged();
                  })}
                />
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
