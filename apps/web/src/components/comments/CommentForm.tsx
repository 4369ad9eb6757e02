import type { CommentTarget } from '@opencjm/core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useComments } from '../../store/comments.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { insertMention, type MentionQuery, mentionAt, mentionSuggestions, mentionToken } from './mentions.ts';

/** Writes a comment on `target`; `@` opens a list of members to mention (arrows, Enter/Tab, Escape). */
export function CommentForm({ target, label }: { target: CommentTarget; label: string }) {
  const t = useT();
  const titleId = useId();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const users = useComments((state) => state.users);
  const [text, setText] = useState('');
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const options = query ? mentionSuggestions(users, query.query) : [];
  // Opened from a card's or stage's comment button: the member came to write.
  useEffect(() => ref.current?.focus(), []);
  const open = options.length > 0;

  const track = (value: string, caret: number) => {
    setText(value);
    setQuery(mentionAt(value, caret));
    setActive(0);
  };
  const choose = (index: number) => {
    const user = options[index];
    if (!query || !user) return;
    const next = insertMention(text, query, mentionToken(user, users));
    setText(next.text);
    setQuery(null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
    }
  };
  const submit = async () => {
    if (text.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await useComments.getState().add(target, text.trim());
      setText('');
      setQuery(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="comment-form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={titleId} className="visually-hidden">
        {label}
      </h3>
      <div className="mention-box">
        <label htmlFor={`${listId}-text`}>{t('comments.body')}</label>
        <textarea
          id={`${listId}-text`}
          ref={ref}
          rows={3}
          value={text}
          aria-describedby={`${listId}-hint`}
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          onChange={(event) => track(event.target.value, event.target.selectionStart)}
          onSelect={(event) =>
            setQuery(mentionAt(event.currentTarget.value, event.currentTarget.selectionStart))
          }
          onKeyDown={onKeyDown}
          onBlur={() => setQuery(null)}
        />
        <div
          id={listId}
          role="listbox"
          className="mention-list"
          aria-label={t('comments.mentionOptions')}
          hidden={!open}
        >
          {options.map((user, index) => (
            <div
              key={user.id}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              <strong>{user.name}</strong> <span className="muted">{user.email}</span>
            </div>
          ))}
        </div>
      </div>
      <p id={`${listId}-hint`} className="muted">
        {t('comments.hint')}
      </p>
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
        {t('comments.post')}
      </button>
    </form>
  );
}
