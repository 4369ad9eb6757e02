import { MapType } from '@opencjm/core';
import { Plus, Redo2, Undo2 } from 'lucide-react';
import { translate } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, editorStore, useEditor } from '../../store/editor.ts';
import { newId } from '../../store/ids.ts';
import { IconButton } from '../common/IconButton.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { requestStageReveal } from './stage-reveal.ts';

/**
 * The toolbar's editing tools beside the title: map type, undo and redo as icons, "+ Stage"
 * (named "Add stage" in full) and the save state. Shown only to those who may edit.
 */
export function EditTools() {
  const t = useT();
  const type = useEditor((state) => state.map?.type ?? 'current');
  const language = useEditor((state) => state.map?.language ?? 'en');
  const canUndo = useEditor((state) => state.history.past.length > 0);
  const canRedo = useEditor((state) => state.history.future.length > 0);
  const { undo, redo } = editorStore.getState();
  return (
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
      <IconButton label={t('editor.undo')} icon={<Undo2 size={15} />} disabled={!canUndo} onClick={undo} />
      <IconButton label={t('editor.redo')} icon={<Redo2 size={15} />} disabled={!canRedo} onClick={redo} />
      <button
        type="button"
        className="add-stage"
        aria-label={t('editor.addStage')}
        title={t('editor.addStage')}
        onClick={() => {
          const stage = newId('stage');
          requestStageReveal(stage);
          applyEdit({ op: 'addStage', id: stage, name: translate(language, 'editor.newStage') });
        }}
      >
        <Plus size={15} aria-hidden="true" />
        {t('toolbar.addStage')}
      </button>
      <SaveIndicator />
    </>
  );
}
