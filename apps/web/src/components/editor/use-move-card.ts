import type { Card } from '@opencjm/core';
import { useCallback } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { type Direction, neighbourCell } from '../../layout/neighbour.ts';
import { useAnnouncer } from '../../store/announcer.ts';
import { applyEdit, editorStore } from '../../store/editor.ts';
import { requestCardFocus } from './focus-request.ts';

/**
 * Moves a card with the keyboard: to the neighbouring cell in `direction`, or, with
 * `withinCell` (Shift held) and up/down, one place up or down inside its cell. The card
 * keeps the focus and the move is announced.
 */
export function useMoveCard(): (card: Card, direction: Direction, withinCell: boolean) => void {
  const t = useT();
  return useCallback(
    (card, direction, withinCell) => {
      const { map } = editorStore.getState();
      if (!map) return;
      if (withinCell && (direction === 'up' || direction === 'down')) {
        const cell = map.cards.filter((c) => c.lane === card.lane && c.stage === card.stage);
        const at = cell.findIndex((c) => c.id === card.id);
        const to = at + (direction === 'up' ? -1 : 1);
        if (to < 0 || to >= cell.length) return;
        requestCardFocus(card.id);
        applyEdit({ op: 'moveCard', id: card.id, lane: card.lane, stage: card.stage, index: to });
        return;
      }
      const target = neighbourCell(map, card, direction);
      if (!target) return;
      requestCardFocus(card.id);
      if (!applyEdit({ op: 'moveCard', id: card.id, ...target })) return;
      const lane = map.lanes.find((l) => l.id === target.lane)?.title ?? target.lane;
      const stage = map.stages.find((s) => s.id === target.stage)?.name ?? target.stage;
      useAnnouncer.getState().announce(t('editor.cardMoved', { lane, stage }));
    },
    [t],
  );
}
