import type { CommentTarget } from '@opencjm/core';
import { MessageSquare } from 'lucide-react';
import { memo } from 'react';
import { useCan } from '../../auth/session.ts';
import { useComments } from '../../store/comments.ts';
import { targetKey } from './threads.ts';

/**
 * The comment button of a card or a stage: shows the number of open comments and opens
 * the thread. Members who may not comment see it only when there is something to read.
 */
export const CommentButton = memo(function CommentButton({
  target,
  label,
}: {
  target: CommentTarget;
  /** The accessible name, with the count in it. */
  label: (count: number) => string;
}) {
  const canComment = useCan('comment');
  const key = targetKey(target);
  const count = useComments((state) => state.open.get(key) ?? 0);
  const total = useComments((state) => state.commented.has(key));
  if (!canComment && !total) return null;
  return (
    <button
      type="button"
      className={count > 0 ? 'comment-button has-open' : 'comment-button'}
      aria-label={label(count)}
      title={label(count)}
      onClick={(event) => {
        event.stopPropagation();
        useComments.getState().show(target);
      }}
    >
      <MessageSquare size={14} aria-hidden="true" />
      {count > 0 && <span aria-hidden="true">{count}</span>}
    </button>
  );
});
