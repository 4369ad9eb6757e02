import type { CommentTarget, JourneyMap } from '@opencjm/core';
import type { TFunction } from '../../i18n/translate.ts';

/** Longest card text in a thread title, in characters. */
const MAX = 50;

/** What a comment is about, in words: `Card “…”`, `Stage “…”`, or a note that it is gone. */
export function targetName(t: TFunction, map: JourneyMap | null, target: CommentTarget): string {
  if (target.kind === 'stage') {
    const stage = map?.stages.find((s) => s.id === target.id);
    return stage ? t('comments.onStage', { name: stage.name }) : t('comments.onRemoved', { id: target.id });
  }
  const card = map?.cards.find((c) => c.id === target.id);
  if (!card) return t('comments.onRemoved', { id: target.id });
  const text = card.text.length > MAX ? `${card.text.slice(0, MAX - 1)}…` : card.text;
  return t('comments.onCard', { text: text || t('editor.emptyText') });
}
