import { useId, useState } from 'react';
import { login } from '../../api/auth.ts';
import { ApiError } from '../../api/errors.ts';
import { sessionStore, useSession } from '../../auth/session.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Field } from '../../components/common/Field.tsx';
import { formatDuration } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';

/** The sign-in page: e-mail and password; says how long to wait after too many failures. */
export function SignInView() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const titleId = useId();
  const expired = useSession((state) => state.expired);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const wait =
    error instanceof ApiError &&
    error.code === 'too-many-attempts' &&
    typeof error.params.retryAfter === 'number'
      ? error.params.retryAfter
      : undefined;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const me = await login({ email: email.trim(), password });
      const previous = sessionStore.getState().previousUserId;
      sessionStore.getState().signedIn(me);
      // Another member signs in where a session ended: the page (and any unsaved edits) was not theirs.
      if (previous !== null && previous !== me.user.id) window.location.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel auth-form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1 id={titleId}>{t('auth.signInTitle')}</h1>
      {expired && <p className="notice">{t('auth.expired')}</p>}
      <Field label={t('auth.email')}>
        {(id) => (
          <input
            id={id}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('auth.password')}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      {error !== null && <ErrorNotice error={error} />}
      {wait !== undefined && <p role="status">{t('auth.wait', { time: formatDuration(t, lang, wait) })}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {t('auth.signIn')}
      </button>
      <p className="muted">{t('auth.setupHint')}</p>
    </form>
  );
}
