import { LANE_TITLES, type Lane } from '@opencjm/core';
import { ChevronDown, ChevronUp, Pencil, X } from 'lucide-react';
import { memo, type ReactNode, useState } from 'react';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, useReadOnly } from '../../store/editor.ts';
import { IconButton } from '../common/IconButton.tsx';
import { InlineEdit } from '../common/InlineEdit.tsx';

interface LaneHeaderProps {
  lane: Lane;
  index: number;
  count: number;
  /** Extra tools under the title, e.g. the emotion curve's. */
  children?: ReactNode;
}

/** The head of a lane row: title (double-click renames), type and controls. */
export const LaneHeader = memo(function LaneHeader({ lane, index, count, children }: LaneHeaderProps) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(false);
  const title = lane.title;
  const typeName = LANE_TITLES[lane.type][lang];
  const move = (to: number) => applyEdit({ op: 'moveLane', id: lane.id, index: to });
  const remove = () => {
    if (window.confirm(t('editor.confirmDeleteLane', { title })))
      applyEdit({ op: 'removeLane', id: lane.id });
  };
  return (
    <div className={`lane-header lane-${lane.type}`}>
      {editing && !readOnly ? (
        <InlineEdit
          value={title}
          label={t('editor.laneTitle')}
          editing={editing}
          onDone={() => setEditing(false)}
          onCommit={(text) => applyEdit({ op: 'renameLane', id: lane.id, title: text })}
        />
      ) : (
        <h3 className="lane-title" onDoubleClick={() => setEditing(!readOnly)}>
          {title}
        </h3>
      )}
      {typeName !== title && <p className="lane-type">{typeName}</p>}
      {!readOnly && (
        <div className="header-tools">
          <IconButton
            label={t('editor.renameLane', { title })}
            icon={<Pencil size={13} />}
            onClick={() => setEditing(true)}
          />
          <IconButton
            label={t('editor.moveLaneUp', { title })}
            icon={<ChevronUp size={13} />}
            disabled={index === 0}
            onClick={() => move(index - 1)}
          />
          <IconButton
            label={t('editor.moveLaneDown', { title })}
            icon={<ChevronDown size={13} />}
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
          />
          <IconButton label={t('editor.deleteLane', { title })} icon={<X size={13} />} onClick={remove} />
        </div>
      )}
      {children}
    </div>
  );
});
