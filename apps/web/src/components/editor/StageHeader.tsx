import type { Stage } from '@opencjm/core';
import { ChevronLeft, ChevronRight, Pencil, X } from 'lucide-react';
import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, useReadOnly } from '../../store/editor.ts';
import { CommentButton } from '../comments/CommentButton.tsx';
import { IconButton } from '../common/IconButton.tsx';
import { InlineEdit } from '../common/InlineEdit.tsx';
import { StageFiguresView } from './StageFiguresView.tsx';
import { takeStageReveal } from './stage-reveal.ts';

interface StageHeaderProps {
  stage: Stage;
  index: number;
  count: number;
}

/**
 * The head of a stage column, kept short so the lanes fit the screen: name (double-click
 * renames), comments and tools on one line, the goal on one line (whole on hover), then the
 * measured figures. A stage just added scrolls into view.
 */
export const StageHeader = memo(function StageHeader({ stage, index, count }: StageHeaderProps) {
  const t = useT();
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const name = stage.name;
  useEffect(() => {
    if (takeStageReveal(stage.id))
      ref.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'nearest' });
  }, [stage.id]);
  const move = (to: number) => applyEdit({ op: 'moveStage', id: stage.id, index: to });
  const remove = () => {
    if (window.confirm(t('editor.confirmDeleteStage', { name })))
      applyEdit({ op: 'removeStage', id: stage.id });
  };
  return (
    <div className="stage-header" ref={ref} data-stage-id={stage.id}>
      <div className="stage-head-line">
        {editing && !readOnly ? (
          <InlineEdit
            value={name}
            label={t('editor.stageName')}
            editing={editing}
            onDone={() => setEditing(false)}
            onCommit={(text) => applyEdit({ op: 'renameStage', id: stage.id, name: text })}
          />
        ) : (
          <h3 className="stage-name" title={name} onDoubleClick={() => setEditing(!readOnly)}>
            {name}
          </h3>
        )}
        <CommentButton
          target={{ kind: 'stage', id: stage.id }}
          label={(open) => t('comments.stageButton', { name, count: open })}
        />
        {!readOnly && (
          <div className="header-tools">
            <IconButton
              label={t('editor.renameStage', { name })}
              icon={<Pencil size={13} />}
              onClick={() => setEditing(true)}
            />
            <IconButton
              label={t('editor.moveStageLeft', { name })}
              icon={<ChevronLeft size={13} />}
              disabled={index === 0}
              onClick={() => move(index - 1)}
            />
            <IconButton
              label={t('editor.moveStageRight', { name })}
              icon={<ChevronRight size={13} />}
              disabled={index === count - 1}
              onClick={() => move(index + 1)}
            />
            <IconButton label={t('editor.deleteStage', { name })} icon={<X size={13} />} onClick={remove} />
          </div>
        )}
      </div>
      {stage.goal && (
        <p className="stage-goal" title={stage.goal}>
          {stage.goal}
        </p>
      )}
      <StageFiguresView index={index} name={name} />
    </div>
  );
});
