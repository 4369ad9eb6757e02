import { INITIATIVE_STATUSES, type InitiativeStatus } from '@opencjm/core';
import { useMemo, useState } from 'react';
import { listMaps } from '../../api/maps.ts';
import { useCan } from '../../auth/session.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Field } from '../../components/common/Field.tsx';
import { Loading } from '../../components/common/Loading.tsx';
import { listInitiatives } from '../../components/initiatives/api.ts';
import { moveInitiative } from '../../components/initiatives/move-initiative.ts';
import { StatusColumn } from '../../components/initiatives/StatusColumn.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { useT } from '../../i18n/use-t.ts';

/** The initiatives of every map in columns by status, filtered by owner and map. */
export function InitiativesBoardView() {
  const t = useT();
  const canWrite = useCan('write');
  const [owner, setOwner] = useState('');
  const [map, setMap] = useState('');
  const [moveError, setMoveError] = useState<unknown>(null);
  const maps = useAsync(() => listMaps(), 'maps');
  const filter = { owner: owner.trim() || undefined, map: map || undefined };
  const items = useAsync((signal) => listInitiatives(filter, signal), JSON.stringify(filter));
  const mapList = maps.status === 'done' ? maps.data : null;
  const mapTitles = useMemo(() => new Map((mapList ?? []).map((m) => [m.id, m.title] as const)), [mapList]);

  const move = async (id: string, status: InitiativeStatus) => {
    setMoveError(null);
    try {
      await moveInitiative(id, status);
    } catch (error) {
      setMoveError(error);
    }
    items.reload();
  };

  return (
    <div className="initiatives-board">
      <h1>{t('initiatives.title')}</h1>
      <p className="muted">{t('initiatives.intro')}</p>
      <div className="board-filters">
        <Field label={t('initiatives.filterOwner')}>
          {(id) => <input id={id} type="search" value={owner} onChange={(e) => setOwner(e.target.value)} />}
        </Field>
        <Field label={t('initiatives.filterMap')}>
          {(id) => (
            <select id={id} value={map} onChange={(e) => setMap(e.target.value)}>
              <option value="">{t('initiatives.allMaps')}</option>
              {maps.status === 'done' &&
                maps.data.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
            </select>
          )}
        </Field>
      </div>
      {canWrite && <p className="muted">{t('initiatives.dragHint')}</p>}
      {moveError !== null && <ErrorNotice error={moveError} />}
      {items.status === 'loading' && <Loading />}
      {items.status === 'error' && <ErrorNotice error={items.error} onRetry={items.reload} />}
      {items.status === 'done' && items.data.length === 0 && !owner && !map && (
        <p>{t('initiatives.empty')}</p>
      )}
      {items.status === 'done' && (
        <div className="board-columns">
          {INITIATIVE_STATUSES.map((status) => (
            <StatusColumn
              key={status}
              status={status}
              items={items.data.filter((i) => i.status === status)}
              mapTitles={mapTitles}
              canWrite={canWrite}
              onMove={(id, next) => void move(id, next)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
