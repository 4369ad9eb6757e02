import { useId, useState } from 'react';
import { ApiError, isApiStatus } from '../../api/errors.ts';
import { getSharedMap } from '../../api/shared.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Field } from '../../components/common/Field.tsx';
import { LanguageSwitch } from '../../components/common/LanguageSwitch.tsx';
import { Loading } from '../../components/common/Loading.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { useT } from '../../i18n/use-t.ts';
import { SharedMapPage } from './SharedMapPage.tsx';

function PasswordForm({ wrong, onSubmit }: { wrong: boolean; onSubmit: (password: string) => void }) {
  const t = useT();
  const titleId = useId();
  const [password, setPassword] = useState('');
  return (
    <form
      className="panel auth-form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <h1 id={titleId}>{t('shared.passwordTitle')}</h1>
      <Field label={t('shared.password')}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="off"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      {wrong && (
        <p className="error-notice" role="alert">
          {t('shared.wrong')}
        </p>
      )}
      <button type="submit" className="primary">
        {t('shared.open')}
      </button>
    </form>
  );
}

/**
 * The page of a share link (`/shared/TOKEN`), for anyone, signed in or not: asks for the
 * password when the link has one, then shows the map read-only. No link leads into the workspace.
 */
export function SharedView({ token }: { token: string }) {
  const t = useT();
  // Each submit is a new attempt, even with the same password typed again.
  const [attempt, setAttempt] = useState<{ password?: string; n: number }>({ n: 0 });
  const loaded = useAsync((signal) => getSharedMap(token, attempt.password, signal), `${token}|${attempt.n}`);
  const code = loaded.status === 'error' && loaded.error instanceof ApiError ? loaded.error.code : null;
  const asksPassword = code === 'share-password-required' || code === 'share-password-wrong';
  return (
    <div className="app standalone shared">
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('shared.notice')}</span>
        <LanguageSwitch />
      </header>
      <main>
        {loaded.status === 'loading' && <Loading />}
        {asksPassword && (
          <PasswordForm
            wrong={code === 'share-password-wrong'}
            onSubmit={(password) => setAttempt({ password, n: attempt.n + 1 })}
          />
        )}
        {loaded.status === 'error' && isApiStatus(loaded.error, 404) && (
          <p className="panel" role="alert">
            {t('shared.gone')}
          </p>
        )}
        {loaded.status === 'error' && !asksPassword && !isApiStatus(loaded.error, 404) && (
          <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
        )}
        {loaded.status === 'done' && <SharedMapPage shared={loaded.data} />}
      </main>
    </div>
  );
}
