import type { Card } from '@opencjm/core';
import { Pencil, X } from 'lucide-react';
import { memo, useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { ARROW_DIRECTIONS } from '../../layout/neighbour.ts';
import { applyEdit, editorStore, useEditor, useReadOnly } from '../../store/editor.ts';
import { CommentButton } from '../comments/CommentButton.tsx';
import { IconButton } from '../common/IconButton.tsx';
import { CardEditor } from './CardEditor.tsx';
import { ChannelIcon } from './ChannelIcon.tsx';
import { CARD_MIME } from './drag.ts';
import { EvidenceBadge } from './EvidenceBadge.tsx';
import { requestCardFocus, takeCardFocus } from './focus-request.ts';
import { useMoveCard } from './use-move-card.ts';

/** The id of the hidden text describing the card keys (rendered once by the grid). */
export const CARD_HELP_ID = 'card-keys-help';

/** One card of a cell: draggable, focusable, Enter edits, Alt+arrows move, Delete removes. */
export const CardView = memo(function CardView({ card }: { card: Card }) {
  const t = useT();
  const ref = useRef<HTMLLIElement>(null);
  const editing = useEditor((state) => state.editingCardId === card.id);
  const readOnly = useReadOnly();
  const channel = useEditor((state) =>
    card.touchpoint === undefined
      ? undefined
      : state.map?.touchpoints.find((tp) => tp.id === card.touchpoint)?.channel,
  );
  const moveCard = useMoveCard();
  // Runs after every render: a card moved by the keyboard is re-rendered (new object) or remounted.
  useEffect(() => {
    if (!editing && takeCardFocus(card.id)) ref.current?.focus();
  });

  const setEditing = (on: boolean) => editorStore.getState().setEditingCard(on ? card.id : null);
  const remove = () => applyEdit({ op: 'removeCard', id: card.id });
  if (editing) {
    return (
      <li className="card editing">
        <CardEditor
          card={card}
          lane={card.lane}
          stage={card.stage}
          onClose={() => {
            requestCardFocus(card.id);
            setEditing(false);
          }}
        />
      </li>
    );
  }
  const label = card.text || t('editor.emptyText');
  const comments = (
    <CommentButton
      target={{ kind: 'card', id: card.id }}
      label={(open) => t('comments.cardButton', { text: label, count: open })}
    />
  );
  if (readOnly) {
    return (
      <li
        className={`card card-${card.evidence}`}
        data-card-id={card.id}
        aria-label={t('editor.card', { text: label })}
      >
        <p className="card-text">{label}</p>
        <div className="card-footer">
          <EvidenceBadge evidence={card.evidence} />
          {channel && <ChannelIcon channel={channel} />}
          <span className="card-tools">{comments}</span>
        </div>
      </li>
    );
  }
  return (
    <li
      ref={ref}
      className={`card card-${card.evidence}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a card is a list item that takes the focus to be edited and moved with the keyboard.
      tabIndex={0}
      draggable
      data-card-id={card.id}
      aria-label={t('editor.card', { text: label })}
      aria-describedby={CARD_HELP_ID}
      onDragStart={(event) => {
        event.dataTransfer.setData(CARD_MIME, card.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDoubleClick={() => setEditing(true)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        const direction = ARROW_DIRECTIONS[event.key];
        if (event.altKey && direction) {
          event.preventDefault();
          moveCard(card, direction, event.shiftKey);
        } else if (event.key === 'Enter' || event.key === 'F2') {
          event.preventDefault();
          setEditing(true);
        } else if (event.key === 'Delete') {
          event.preventDefault();
          remove();
        }
      }}
    >
      <p className="card-text">{label}</p>
      <div className="card-footer">
        <EvidenceBadge evidence={card.evidence} />
        {channel && <ChannelIcon channel={channel} />}
        <span className="card-tools">
          {comments}
          <IconButton
            label={t('editor.editCard', { text: label })}
            icon={<Pencil size={12} />}
            onClick={() => setEditing(true)}
          />
          <IconButton
            label={t('editor.deleteCard', { text: label })}
            icon={<X size={12} />}
            onClick={remove}
          />
        </span>
      </div>
    </li>
  );
});
