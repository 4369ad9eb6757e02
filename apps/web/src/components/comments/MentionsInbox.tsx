import { useEffect, useId, useState } from 'react';
import { listMaps } from '../../api/maps.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';
import { useComments } from '../../store/comments.ts';
import { editorStore } from '../../store/editor.ts';
import { useMentions } from '../../store/mentions.ts';

/** How often the inbox asks for new mentions while the app is open, ms. */
const POLL_MS = 60_000;

/** The header's mentions inbox: open comments mentioning the member, with a count badge. */
export function MentionsInbox() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const items = useMentions((state) => state.items);
  const maps = useAsync(() => (open ? listMaps() : Promise.resolve([])), `maps-${open}`);
  useEffect(() => {
    const again = () => void useMentions.getState().refresh();
    again();
    const timer = setInterval(again, POLL_MS);
    window.addEventListener('focus', again);
    // Comments added or resolved in the editor change what mentions the member.
    const stop = useComments.subscribe((state, before) => {
      if (state.items !== before.items && before.status === 'ready') again();
    });
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', again);
      stop();
      // Signed out: the next member must not see this one's mentions.
      useMentions.setState({ items: [] });
    };
  }, []);

  const title = (mapId: string) =>
    (maps.status === 'done' ? maps.data.find((m) => m.id === mapId)?.title : undefined) ?? mapId;
  return (
    <div className="mentions-inbox">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className={items.length > 0 ? 'has-mentions' : undefined}
      >
        {t('mentions.label', { count: items.length })}
      </button>
      {open && (
        <section id={listId} className="mentions-popover panel" aria-label={t('mentions.title')}>
          <h2>{t('mentions.title')}</h2>
          {items.length === 0 && <p className="muted">{t('mentions.empty')}</p>}
          <ul>
            {items.map((comment) => (
              <li key={comment.id}>
                <p className="muted">
                  {t('mentions.by', { name: comment.author.name, map: title(comment.mapId) })}{' '}
                  <time dateTime={comment.createdAt}>{formatDateTime(lang, comment.createdAt)}</time>
                </p>
                <p className="comment-body">{comment.body}</p>
                <a
                  href={`#/maps/${encodeURIComponent(comment.mapId)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    setOpen(false);
                    const comments = useComments.getState();
                    if (editorStore.getState().map?.id === comment.mapId) comments.show(comment.target);
                    else comments.openLater(comment.mapId, comment.target);
                    navigate({ name: 'map', id: comment.mapId });
                  }}
                >
                  {t('mentions.open', { map: title(comment.mapId) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
