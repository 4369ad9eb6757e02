import type { Card, LaneType } from '@opencjm/core';
import { Plus } from 'lucide-react';
import { type DragEvent, memo, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { dropIndex } from '../../layout/drop-index.ts';
import { cellKey } from '../../store/cell-index.ts';
import { applyEdit, useEditor, useReadOnly } from '../../store/editor.ts';
import { IconButton } from '../common/IconButton.tsx';
import { CardEditor } from './CardEditor.tsx';
import { CardView } from './CardView.tsx';
import { CARD_MIME, dragsCard } from './drag.ts';
import { LaneOpportunities, LaneTouchpoints } from './LaneItems.tsx';
import { listsTouchpoints } from './lane-items.ts';

const NO_CARDS: readonly Card[] = [];

interface CellProps {
  laneId: string;
  laneType: LaneType;
  laneTitle: string;
  stageId: string;
  stageName: string;
}

/** The position among `cards` a drop lands on: before the card under the pointer, or after it in its lower half. */
function targetIndex(event: DragEvent, cards: readonly Card[]): number | undefined {
  const over = (event.target as Element).closest<HTMLElement>('[data-card-id]');
  if (!over) return undefined;
  const at = cards.findIndex((card) => card.id === over.dataset.cardId);
  if (at < 0) return undefined;
  const box = over.getBoundingClientRect();
  const after = event.clientY > box.top + box.height / 2;
  return after ? (at + 1 < cards.length ? at + 1 : undefined) : at;
}

/**
 * One cell (lane × stage): its cards (and, in touchpoints and opportunities lanes, the map's
 * touchpoints and opportunities of the stage), a drop target for dragged cards, and a button adding
 * a card. Memoised and subscribed to its own cards only, so an edit elsewhere does not
 * render it again.
 */
export const Cell = memo(function Cell({ laneId, laneType, laneTitle, stageId, stageName }: CellProps) {
  const t = useT();
  const cards = useEditor((state) => state.cells.get(cellKey(laneId, stageId)) ?? NO_CARDS);
  const readOnly = useReadOnly();
  const [over, setOver] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const names = { lane: laneTitle, stage: stageName };

  const onDrop = (event: DragEvent) => {
    const id = event.dataTransfer.getData(CARD_MIME);
    setOver(false);
    if (!id || readOnly) return;
    event.preventDefault();
    const ids = cards.map((card) => card.id);
    const index = dropIndex(ids, id, targetIndex(event, cards));
    if (ids.indexOf(id) === index && ids.includes(id)) return;
    applyEdit({ op: 'moveCard', id, lane: laneId, stage: stageId, index });
  };

  return (
    <fieldset
      className={over ? 'cell drop-target' : 'cell'}
      onDragOver={(event) => {
        if (readOnly || !dragsCard(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <legend className="visually-hidden">{t('editor.cell', names)}</legend>
      <ul className="cards">
        {cards.map((card) => (
          <CardView key={card.id} card={card} />
        ))}
      </ul>
      {listsTouchpoints(laneType) && (
        <LaneTouchpoints lane={{ id: laneId, type: laneType }} stageId={stageId} />
      )}
      {laneType === 'opportunities' && (
        <LaneOpportunities lane={{ id: laneId, type: laneType }} stageId={stageId} />
      )}
      {readOnly ? null : drafting ? (
        <CardEditor lane={laneId} stage={stageId} onClose={() => setDrafting(false)} />
      ) : (
        <IconButton
          className="add-card"
          label={t('editor.addCard', names)}
          icon={<Plus size={14} />}
          onClick={() => setDrafting(true)}
        />
      )}
    </fieldset>
  );
});
