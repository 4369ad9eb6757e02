import type { Stage } from '@opencjm/core';
import { memo, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, useReadOnly } from '../../store/editor.ts';
import { useMetrics } from '../../store/metrics.ts';
import { CommentButton } from '../comments/CommentButton.tsx';
import { IconButton } from '../common/IconButton.tsx';
import { InlineEdit } from '../common/InlineEdit.tsx';
import { MetricLine } from './MetricLine.tsx';
import { StageTouchpoints } from './StageTouchpoints.tsx';

interface StageHeaderProps {
  stage: Stage;
  index: number;
  count: number;
}

/** The head of a stage column: name (double-click renames), goal, metrics and controls. */
export const StageHeader = memo(function StageHeader({ stage, index, count }: StageHeaderProps) {
  const t = useT();
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(false);
  const metric = useMetrics((state) => state.metrics?.stages[stage.id]);
  const name = stage.name;
  const move = (to: number) => applyEdit({ op: 'moveStage', id: stage.id, index: to });
  const remove = () => {
    if (window.confirm(t('editor.confirmDeleteStage', { name })))
      applyEdit({ op: 'removeStage', id: stage.id });
  };
  return (
    <div className="stage-header">
      {editing && !readOnly ? (
        <InlineEdit
          value={name}
          label={t('editor.stageName')}
          editing={editing}
          onDone={() => setEditing(false)}
          onCommit={(text) => applyEdit({ op: 'renameStage', id: stage.id, name: text })}
        />
      ) : (
        <h3 className="stage-name" onDoubleClick={() => setEditing(!readOnly)}>
          {name}
        </h3>
      )}
      <CommentButton
        target={{ kind: 'stage', id: stage.id }}
        label={(open) => t('comments.stageButton', { name, count: open })}
      />
      {stage.goal && <p className="stage-goal">{stage.goal}</p>}
      {metric && <MetricLine metric={metric} name={name} />}
      <StageTouchpoints stage={stage.id} />
      {!readOnly && (
        <div className="header-tools">
          <IconButton label={t('editor.renameStage', { name })} icon="✎" onClick={() => setEditing(true)} />
          <IconButton
            label={t('editor.moveStageLeft', { name })}
            icon="◀"
            disabled={index === 0}
            onClick={() => move(index - 1)}
          />
          <IconButton
            label={t('editor.moveStageRight', { name })}
            icon="▶"
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
          />
          <IconButton label={t('editor.deleteStage', { name })} icon="×" onClick={remove} />
        </div>
      )}
    </div>
  );
});
