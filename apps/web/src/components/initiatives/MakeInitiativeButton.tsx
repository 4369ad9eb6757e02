import type { Opportunity } from '@opencjm/core';
import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';
import { editorStore } from '../../store/editor.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { createInitiative } from './api.ts';

/**
 * Makes an initiative from an opportunity of the open map (saving the map first, so the
 * server knows the opportunity) and opens it.
 */
export function MakeInitiativeButton({ opportunity }: { opportunity: Opportunity }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const editor = editorStore.getState();
      await editor.saveNow();
      const mapId = editorStore.getState().map?.id;
      if (mapId === undefined) return;
      const made = await createInitiative({ mapId, opportunityId: opportunity.id });
      navigate({ name: 'initiative', id: made.initiative.id });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        disabled={busy}
        aria-label={t('initiatives.makeFrom', { title: opportunity.title })}
        onClick={() => void make()}
      >
        {t('initiatives.make')}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </>
  );
}
