import { SetupBody } from '@opencjm/core';
import { useId, useState } from 'react';
import { getSetupState, setup } from '../../api/auth.ts';
import { sessionStore } from '../../auth/session.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Field } from '../../components/common/Field.tsx';
import { LanguageSwitch } from '../../components/common/LanguageSwitch.tsx';
import { Loading } from '../../components/common/Loading.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import type { TKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { enterWorkspace } from '../../router/use-route.ts';
import { newPasswordProblem } from './password-check.ts';

/** What the form lacks before it is sent, as a translation key. */
function problemOf(form: { email: string; password: string; repeat: string }): TKey | null {
  const password = newPasswordProblem(form.password, form.repeat);
  if (password) return password;
  return SetupBody.shape.email.safeParse(form.email).success ? null : 'setup.badEmail';
}

function SetupForm({ token }: { token: string }) {
  const t = useT();
  const titleId = useId();
  const [form, setForm] = useState({ email: '', name: '', password: '', repeat: '' });
  const [problem, setProblem] = useState<TKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const change = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  const submit = async () => {
    const found = problemOf(form);
    setProblem(found);
    setError(null);
    if (found) return;
    setBusy(true);
    try {
      const name = form.name.trim();
      const me = await setup({
        token,
        email: form.email,
        password: form.password,
        ...(name ? { name } : {}),
      });
      sessionStore.getState().signedIn(me);
      enterWorkspace();
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
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1 id={titleId}>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <Field label={t('setup.email')}>
        {(id) => (
          <input id={id} type="email" autoComplete="username" value={form.email} onChange={change('email')} />
        )}
      </Field>
      <Field label={t('setup.name')}>
        {(id) => <input id={id} autoComplete="name" value={form.name} onChange={change('name')} />}
      </Field>
      <Field label={t('setup.password')}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={change('password')}
          />
        )}
      </Field>
      <Field label={t('setup.repeat')}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            value={form.repeat}
            onChange={change('repeat')}
          />
        )}
      </Field>
      {problem && (
        <p className="error-notice" role="alert">
          {t(problem)}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="primary" disabled={busy}>
        {t('setup.submit')}
      </button>
    </form>
  );
}

/** The first start's setup page (`/setup?token=…`): creates the owner with the printed one-time token. */
export function SetupView({ token }: { token: string }) {
  const t = useT();
  const state = useAsync(() => getSetupState(), 'setup');
  const toSignIn = <a href="/#/">{t('setup.toSignIn')}</a>;
  return (
    <div className="app standalone">
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <span className="header-spacer" />
        <LanguageSwitch />
      </header>
      <main>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorNotice error={state.error} onRetry={state.reload} />}
        {state.status === 'done' && !state.data.needed && (
          <div className="panel auth-form">
            <p>{t('setup.done')}</p>
            {toSignIn}
          </div>
        )}
        {state.status === 'done' && state.data.needed && token === '' && (
          <p className="panel auth-form">{t('setup.noToken')}</p>
        )}
        {state.status === 'done' && state.data.needed && token !== '' && <SetupForm token={token} />}
      </main>
    </div>
  );
}
