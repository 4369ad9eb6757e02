import { useEffect } from 'react';
import { isApiStatus } from '../api/errors.ts';
import { getMap } from '../api/maps.ts';
import { sessionStore, useCan, useSession } from '../auth/session.ts';
import { can } from '../auth/session-store.ts';
import { EditorDrawer } from '../components/comments/EditorDrawer.tsx';
import { ErrorNotice } from '../components/common/ErrorNotice.tsx';
import { Loading } from '../components/common/Loading.tsx';
import { AddLaneForm } from '../components/editor/AddLaneForm.tsx';
import { ConflictDialog } from '../components/editor/ConflictDialog.tsx';
import { EditNotice } from '../components/editor/EditNotice.tsx';
import { MapGrid } from '../components/editor/MapGrid.tsx';
import { OpportunityPanel } from '../components/editor/OpportunityPanel.tsx';
import { PainsPanel } from '../components/editor/pains/PainsPanel.tsx';
import { Toolbar } from '../components/editor/Toolbar.tsx';
import { TouchpointPanel } from '../components/editor/TouchpointPanel.tsx';
import { MissingDocument } from '../components/home/MissingDocument.tsx';
import { AttributionBar } from '../components/initiatives/AttributionBar.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useLeaveGuard } from '../hooks/use-leave-guard.ts';
import { useUndoShortcuts } from '../hooks/use-undo-shortcuts.ts';
import { useT } from '../i18n/use-t.ts';
import { useComments } from '../store/comments.ts';
import { editorStore, useEditor } from '../store/editor.ts';
import { useMetrics } from '../store/metrics.ts';

/** The map editor: loads the map into the editor store and lays out the editing tools. */
export function MapEditorView({ id }: { id: string }) {
  const t = useT();
  const loaded = useAsync(() => getMap(id), id);
  const openId = useEditor((state) => state.map?.id);
  const canWrite = useCan('write');
  const role = useSession((state) => state.me?.user.role ?? 'viewer');
  useUndoShortcuts();
  useLeaveGuard();
  const envelope = loaded.status === 'done' ? loaded.data : null;
  useEffect(() => {
    if (!envelope) return;
    const readOnly = !can(sessionStore.getState().me, 'write');
    editorStore.getState().load(envelope, { readOnly });
    void useMetrics.getState().load(id);
    void useComments.getState().load(id);
    return () => {
      const editor = editorStore.getState();
      void editor.saveNow();
      editor.unload();
    };
  }, [envelope, id]);

  if (loaded.status === 'error')
    return isApiStatus(loaded.error, 404) ? (
      <MissingDocument kind="map" id={id} />
    ) : (
      <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
    );
  if (loaded.status === 'loading' || openId !== id) return <Loading />;
  return (
    <div className="editor">
      <Toolbar />
      {!canWrite && (
        <p className="notice read-only-notice">{t('editor.readOnly', { role: t(`role.${role}`) })}</p>
      )}
      <EditNotice />
      <AttributionBar mapId={id} />
      <div className="editor-body">
        <MapGrid />
        <EditorDrawer />
      </div>
      {canWrite && <AddLaneForm />}
      <section className="panels" aria-label={t('editor.sidePanels')}>
        <PainsPanel />
        <TouchpointPanel />
        <OpportunityPanel />
      </section>
      <ConflictDialog />
    </div>
  );
}
