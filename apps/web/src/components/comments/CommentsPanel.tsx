import { useState } from 'react';
import { useCan } from '../../auth/session.ts';
import { useT } from '../../i18n/use-t.ts';
import { useComments } from '../../store/comments.ts';
import { useEditor } from '../../store/editor.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Loading } from '../common/Loading.tsx';
import { CommentForm } from './CommentForm.tsx';
import { CommentItem } from './CommentItem.tsx';
import { targetName } from './target-name.ts';
import { targetKey, threadsOf } from './threads.ts';

/** The comments of the map: every thread, or one card's or stage's thread with a form to add to it. */
export function CommentsPanel() {
  const t = useT();
  const map = useEditor((state) => state.map);
  const canComment = useCan('comment');
  const { status, error, items, target } = useComments();
  const [withResolved, setWithResolved] = useState(false);
  if (!map) return null;
  const shown = target ? items.filter((c) => targetKey(c.target) === targetKey(target)) : items;
  const threads = threadsOf(shown, withResolved || target !== null);
  const mapId = map.id;
  return (
    <div className="comments-panel">
      {target && (
        <button type="button" className="link-button" onClick={() => useComments.getState().show(null)}>
          {t('comments.showAll')}
        </button>
      )}
      {!target && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={withResolved}
            onChange={(event) => setWithResolved(event.target.checked)}
          />
          <span>{t('comments.showResolved')}</span>
        </label>
      )}
      {status === 'loading' && <Loading />}
      {status === 'error' && (
        <ErrorNotice error={error} onRetry={() => void useComments.getState().load(mapId)} />
      )}
      {status === 'ready' && threads.length === 0 && !target && (
        <p className="muted">{t('comments.empty')}</p>
      )}
      {threads.map((thread) => {
        const name = targetName(t, map, thread.target);
        return (
          <section
            key={targetKey(thread.target)}
            className="thread"
            aria-label={t('comments.thread', { target: name })}
          >
            <h3>
              {target ? (
                name
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => useComments.getState().show(thread.target)}
                >
                  {name}
                </button>
              )}
            </h3>
            <ol className="comment-list">
              {thread.comments.map((comment) => (
                <CommentItem key={comment.id} comment={comment} />
              ))}
            </ol>
          </section>
        );
      })}
      {target && threads.length === 0 && <h3>{targetName(t, map, target)}</h3>}
      {target && canComment && (
        <CommentForm
          key={targetKey(target)}
          target={target}
          label={t('comments.here', { target: targetName(t, map, target) })}
        />
      )}
      {!canComment && <p className="muted">{t('comments.readOnly')}</p>}
    </div>
  );
}
