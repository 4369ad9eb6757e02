import { type Initiative, VersionedInitiative } from '@opencjm/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { getMap } from '../../api/maps.ts';
import { useCan } from '../../auth/session.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Loading } from '../../components/common/Loading.tsx';
import { deleteInitiative, getInitiative, saveInitiative } from '../../components/initiatives/api.ts';
import { ExperimentSection } from '../../components/initiatives/ExperimentSection.tsx';
import { InitiativeFields } from '../../components/initiatives/InitiativeFields.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';

/** The initiative and its map (undefined when the map was deleted since). */
async function load(id: string, signal: AbortSignal) {
  const stored = await getInitiative(id, signal);
  const map = await getMap(stored.initiative.mapId).then(
    (envelope) => envelope.map,
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    },
  );
  return { stored, map };
}

/** One initiative: its fields, its experiment and the experiment's verdict. */
export function InitiativeView({ id }: { id: string }) {
  const t = useT();
  const canWrite = useCan('write');
  const loaded = useAsync((signal) => load(id, signal), id);
  const [stored, setStored] = useState<VersionedInitiative | null>(null);
  const [draft, setDraft] = useState<Initiative | null>(null);
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const data = loaded.status === 'done' ? loaded.data : null;
  useEffect(() => {
    if (data === null) return;
    setStored(data.stored);
    setDraft(data.stored.initiative);
  }, [data]);

  if (loaded.status === 'error') return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.status === 'loading' || stored === null || draft === null) return <Loading />;
  const map = loaded.data.map;
  const opportunity = map?.opportunities.find((o) => o.id === draft.opportunityId);
  const dirty = JSON.stringify(draft) !== JSON.stringify(stored.initiative);

  const save = async () => {
    setError(null);
    setNotice(null);
    try {
      const next = await saveInitiative(draft, stored.version);
      setStored(next);
      setDraft(next.initiative);
      setNotice('saved');
    } catch (caught) {
      const current =
        caught instanceof ApiError && caught.code === 'version-conflict'
          ? VersionedInitiative.safeParse((caught.body as { current?: unknown } | undefined)?.current)
          : undefined;
      if (current?.success) {
        setStored(current.data);
        setDraft(current.data.initiative);
        setNotice('conflict');
      } else setError(caught);
    }
  };
  const remove = async () => {
    if (!window.confirm(t('initiatives.confirmDelete', { title: stored.initiative.title }))) return;
    try {
      await deleteInitiative(stored.initiative.id, stored.version);
      navigate({ name: 'initiatives' });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className="initiative-page">
      <a href="#/initiatives">{t('initiatives.back')}</a>
      <h1>{stored.initiative.title}</h1>
      {map ? (
        <p>
          <a href={`#/maps/${encodeURIComponent(map.id)}`}>{t('initiatives.onMap', { title: map.title })}</a>
          {opportunity && (
            <span className="muted"> · {t('initiatives.fromOpportunity', { title: opportunity.title })}</span>
          )}
        </p>
      ) : (
        <p className="muted">{t('initiatives.mapGone')}</p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <InitiativeFields draft={draft} map={map} readOnly={!canWrite} onChange={setDraft} />
        <ExperimentSection
          draft={draft}
          saved={stored.initiative}
          version={stored.version}
          readOnly={!canWrite}
          onChange={setDraft}
        />
        {canWrite && (
          <div className="form-actions">
            <button type="submit" disabled={!dirty || draft.title.trim() === ''}>
              {t('initiatives.save')}
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('initiatives.delete')}
            </button>
          </div>
        )}
      </form>
      {notice === 'saved' && !dirty && <p role="status">{t('initiatives.saved')}</p>}
      {notice === 'conflict' && <p role="alert">{t('initiatives.conflict')}</p>}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
