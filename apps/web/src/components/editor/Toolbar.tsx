import { MapType } from '@opencjm/core';
import { ArrowLeft, Redo2, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { createFutureCopy } from '../../api/maps.ts';
import { translate } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';
import { useComments } from '../../store/comments.ts';
import { applyEdit, editorStore, useEditor, useReadOnly } from '../../store/editor.ts';
import { newId } from '../../store/ids.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { IconButton } from '../common/IconButton.tsx';
import { InlineEdit } from '../common/InlineEdit.tsx';
import { ShareDialog } from '../team/ShareDialog.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { FiguresPeriod } from './FiguresPeriod.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { requestStageReveal } from './stage-reveal.ts';

/** The editor's top bar: title, map type, undo/redo, save state, links to other views. */
export function Toolbar() {
  const t = useT();
  const id = useEditor((state) => state.map?.id ?? '');
  const title = useEditor((state) => state.map?.title ?? '');
  const type = useEditor((state) => state.map?.type ?? 'current');
  const language = useEditor((state) => state.map?.language ?? 'en');
  const canUndo = useEditor((state) => state.history.past.length > 0);
  const canRedo = useEditor((state) => state.history.future.length > 0);
  const readOnly = useReadOnly();
  const openComments = useComments((state) => state.items.filter((c) => !c.resolved).length);
  const drawer = useComments((state) => state.drawer);
  const [editingTitle, setEditingTitle] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [copyError, setCopyError] = useState<unknown>(null);
  const { undo, redo } = editorStore.getState();

  const futureCopy = async () => {
    try {
      await editorStore.getState().saveNow();
      const copy = await createFutureCopy(id);
      navigate({ name: 'map', id: copy.map.id });
    } catch (error) {
      setCopyError(error);
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <a className="back" href="#/" aria-label={t('editor.home')}>
        <ArrowLeft size={18} aria-hidden="true" />
      </a>
      {editingTitle && !readOnly ? (
        <InlineEdit
          className="title-edit"
          value={title}
          label={t('editor.mapTitle')}
          editing
          onDone={() => setEditingTitle(false)}
          onCommit={(value) => applyEdit({ op: 'setMapField', field: 'title', value })}
        />
      ) : (
        <h1 className="map-title" onDoubleClick={() => setEditingTitle(!readOnly)}>
          {title}
        </h1>
      )}
      {readOnly ? (
        <span className="map-type">{t(`mapType.${type}`)}</span>
      ) : (
        <>
          <select
            aria-label={t('editor.mapType')}
            value={type}
            onChange={(event) =>
              applyEdit({ op: 'setMapField', field: 'type', value: MapType.parse(event.target.value) })
            }
          >
            {MapType.options.map((option) => (
              <option key={option} value={option}>
                {t(`mapType.${option}`)}
              </option>
            ))}
          </select>
          <IconButton
            label={t('editor.undo')}
            icon={<Undo2 size={15} />}
            disabled={!canUndo}
            onClick={undo}
          />
          <IconButton
            label={t('editor.redo')}
            icon={<Redo2 size={15} />}
            disabled={!canRedo}
            onClick={redo}
          />
          <button
            type="button"
            onClick={() => {
              const stage = newId('stage');
              requestStageReveal(stage);
              applyEdit({ op: 'addStage', id: stage, name: translate(language, 'editor.newStage') });
            }}
          >
            {t('editor.addStage')}
          </button>
          <SaveIndicator />
        </>
      )}
      <span className="toolbar-spacer" />
      <a href={`#/maps/${encodeURIComponent(id)}/compare`}>{t('editor.compare')}</a>
      <a href={`#/maps/${encodeURIComponent(id)}/data`}>{t('editor.data')}</a>
      <FiguresPeriod />
      <a href={`#/maps/${encodeURIComponent(id)}/personas`}>{t('editor.personaSuggestions')}</a>
      {!readOnly && (
        <button type="button" onClick={() => void futureCopy()}>
          {t('editor.future')}
        </button>
      )}
      <ExportMenu mapId={id} />
      <button
        type="button"
        aria-pressed={drawer === 'comments'}
        onClick={() => useComments.getState().setDrawer(drawer === 'comments' ? null : 'comments')}
      >
        {t('comments.open', { count: openComments })}
      </button>
      <button
        type="button"
        aria-pressed={drawer === 'activity'}
        onClick={() => useComments.getState().setDrawer(drawer === 'activity' ? null : 'activity')}
      >
        {t('activity.open')}
      </button>
      {!readOnly && (
        <button type="button" onClick={() => setSharing(true)}>
          {t('share.open')}
        </button>
      )}
      {sharing && <ShareDialog mapId={id} title={title} onClose={() => setSharing(false)} />}
      {copyError !== null && <ErrorNotice error={copyError} />}
    </div>
  );
}
