import { useId, useState } from 'react';
import { changePassword } from '../../api/auth.ts';
import { useSession } from '../../auth/session.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Field } from '../../components/common/Field.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import type { TKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { newPasswordProblem } from './password-check.ts';

function PasswordForm() {
  const t = useT();
  const titleId = useId();
  const [form, setForm] = useState({ current: '', password: '', repeat: '' });
  const [problem, setProblem] = useState<TKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const change = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  const submit = async () => {
    const found = newPasswordProblem(form.password, form.repeat);
    setProblem(found);
    setError(null);
    setDone(false);
    if (found) return;
    setBusy(true);
    try {
      await changePassword({ current: form.current, password: form.password });
      setForm({ current: '', password: '', repeat: '' });
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const input = (field: keyof typeof form, label: TKey, autoComplete: string) => (
    <Field label={t(label)}>
      {(id) => (
        <input
          id={id}
          type="password"
          autoComplete={autoComplete}
          value={form[field]}
          onChange={change(field)}
        />
      )}
    </Field>
  );
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
      <h2 id={titleId}>{t('account.passwordTitle')}</h2>
      {input('current', 'account.current', 'current-password')}
      {input('password', 'account.new', 'new-password')}
      {input('repeat', 'account.repeat', 'new-password')}
      {problem && (
        <p className="error-notice" role="alert">
          {t(problem)}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {done && <p role="status">{t('account.changed')}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {t('account.change')}
      </button>
    </form>
  );
}

/** The signed-in member's account: who they are, their role, and a password change. */
export function AccountView() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const me = useSession((state) => state.me);
  if (!me) return null;
  return (
    <div className="team-page">
      <h1>{t('account.title')}</h1>
      <dl className="facts panel">
        <dt>{t('members.name')}</dt>
        <dd>{me.user.name}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{me.user.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`role.${me.user.role}`)}</dd>
        <dt>{t('account.session')}</dt>
        <dd>{formatDateTime(lang, me.sessionExpiresAt)}</dd>
      </dl>
      <PasswordForm />
    </div>
  );
}
