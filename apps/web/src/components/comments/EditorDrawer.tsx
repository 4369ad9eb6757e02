import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useComments } from '../../store/comments.ts';
import { useEditor } from '../../store/editor.ts';
import { IconButton } from '../common/IconButton.tsx';
import { ActivityPanel } from './ActivityPanel.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';

/** The editor's side drawer: the map's comments or its activity feed. */
export function EditorDrawer() {
  const t = useT();
  const titleId = useId();
  const drawer = useComments((state) => state.drawer);
  const mapId = useEditor((state) => state.map?.id);
  if (!drawer || !mapId) return null;
  return (
    <aside className="editor-drawer" aria-labelledby={titleId}>
      <div className="panel-heading">
        <h2 id={titleId}>{drawer === 'comments' ? t('comments.title') : t('activity.title')}</h2>
        <IconButton
          label={t('common.close')}
          icon="×"
          onClick={() => useComments.getState().setDrawer(null)}
        />
      </div>
      {drawer === 'comments' ? <CommentsPanel /> : <ActivityPanel mapId={mapId} />}
    </aside>
  );
}
