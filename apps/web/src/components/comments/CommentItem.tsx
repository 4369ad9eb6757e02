import type { Comment } from '@opencjm/core';
import { useState } from 'react';
import { useCan } from '../../auth/session.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { useComments } from '../../store/comments.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { splitMentions } from './mentions.ts';

/** One comment: author, time, text with its @mentions marked, and resolve/reopen. */
export function CommentItem({ comment }: { comment: Comment }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const canComment = useCan('comment');
  const [error, setError] = useState<unknown>(null);
  const toggle = () => {
    setError(null);
    useComments.getState().setResolved(comment.id, !comment.resolved).catch(setError);
  };
  return (
    <li className={comment.resolved ? 'comment resolved' : 'comment'}>
      <p className="comment-meta">
        <strong>{comment.author.name}</strong>{' '}
        <time dateTime={comment.createdAt} className="muted">
          {formatDateTime(lang, comment.createdAt)}
        </time>
      </p>
      <p className="comment-body">
        {splitMentions(comment.body, comment.mentions).map((part, index) =>
          part.mention ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder.
            <mark key={index} className="mention">
              {part.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder.
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
      {comment.resolved && comment.resolvedBy && (
        <p className="muted">{t('comments.resolvedBy', { name: comment.resolvedBy.name })}</p>
      )}
      {canComment && (
        <button type="button" onClick={toggle}>
          {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
        </button>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </li>
  );
}
