import { ROLES, Role, type User } from '@opencjm/core';
import { useId, useState } from 'react';
import { getMe } from '../../api/auth.ts';
import { createUser, deleteUser, listUsers, updateUser } from '../../api/team.ts';
import { sessionStore, useSession } from '../../auth/session.ts';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Field } from '../../components/common/Field.tsx';
import { Loading } from '../../components/common/Loading.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { OwnerOnly } from './OwnerOnly.tsx';
import { newPasswordProblem } from './password-check.ts';

function RoleSelect({
  value,
  label,
  onChange,
}: {
  value: Role;
  label: string;
  onChange: (role: Role) => void;
}) {
  const t = useT();
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(Role.parse(event.target.value))}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}

function AddMemberForm({ onAdded }: { onAdded: () => void }) {
  const t = useT();
  const titleId = useId();
  const [form, setForm] = useState({ email: '', name: '', password: '', role: 'editor' as Role });
  const [problem, setProblem] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const submit = async () => {
    const short = newPasswordProblem(form.password, form.password) !== null;
    setProblem(short);
    setError(null);
    setAdded(null);
    if (short) return;
    try {
      const name = form.name.trim();
      const user = await createUser({
        email: form.email,
        password: form.password,
        role: form.role,
        ...(name ? { name } : {}),
      });
      setForm({ email: '', name: '', password: '', role: form.role });
      setAdded(user.name);
      onAdded();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form
      className="panel"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={titleId}>{t('members.addTitle')}</h2>
      <div className="inline-form">
        <Field label={t('members.email')}>
          {(id) => (
            <input
              id={id}
              type="email"
              required
              value={form.email}
              onChange={(event) => setForm({ ...form, email: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('members.name')}>
          {(id) => (
            <input
              id={id}
              value={form.name}
              onChange={(event) => setForm({ ...form, name: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('members.firstPassword')}>
          {(id) => (
            <input
              id={id}
              type="password"
              autoComplete="new-password"
              required
              value={form.password}
              onChange={(event) => setForm({ ...form, password: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('members.role')}>
          {(id) => (
            <select
              id={id}
              value={form.role}
              onChange={(event) => setForm({ ...form, role: Role.parse(event.target.value) })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary">
          {t('members.add')}
        </button>
      </div>
      <p className="muted">{t('members.firstPasswordHint')}</p>
      {problem && (
        <p className="error-notice" role="alert">
          {t('setup.short')}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {added !== null && <p role="status">{t('members.added', { name: added })}</p>}
    </form>
  );
}

function MemberRow({
  user,
  self,
  onChanged,
}: {
  user: User;
  self: boolean;
  onChanged: (error: unknown) => void;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const run = (action: () => Promise<unknown>) => () => void action().then(() => onChanged(null), onChanged);
  return (
    <tr>
      <td>{self ? t('members.you', { name: user.name }) : user.name}</td>
      <td>{user.email}</td>
      <td>
        <RoleSelect
          value={user.role}
          label={t('members.roleOf', { name: user.name })}
          onChange={(role) =>
            run(async () => {
              await updateUser(user.id, { role });
              // An owner who gives up the role loses these pages at once, not at the next sign-in.
              if (self) sessionStore.getState().signedIn(await getMe());
            })()
          }
        />
      </td>
      <td>{user.lastSignInAt ? formatDateTime(lang, user.lastSignInAt) : t('members.never')}</td>
      <td>
        <button
          type="button"
          className="danger"
          aria-label={t('members.removeOf', { name: user.name })}
          onClick={() => {
            if (window.confirm(t('members.confirmRemove', { name: user.name })))
              run(() => deleteUser(user.id))();
          }}
        >
          {t('members.remove')}
        </button>
      </td>
    </tr>
  );
}

function Members() {
  const t = useT();
  const selfId = useSession((state) => state.me?.user.id);
  const users = useAsync(() => listUsers(), 'users');
  const [error, setError] = useState<unknown>(null);
  const changed = (failure: unknown) => {
    setError(failure);
    users.reload();
  };
  return (
    <>
      {users.status === 'loading' && <Loading />}
      {users.status === 'error' && <ErrorNotice error={users.error} onRetry={users.reload} />}
      {error !== null && <ErrorNotice error={error} />}
      {users.status === 'done' && (
        <table className="data-table team-table" aria-label={t('members.list')}>
          <thead>
            <tr>
              <th>{t('members.name')}</th>
              <th>{t('members.email')}</th>
              <th>{t('members.role')}</th>
              <th>{t('members.lastSignIn')}</th>
              <th>{t('members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <MemberRow key={user.id} user={user} self={user.id === selfId} onChanged={changed} />
            ))}
          </tbody>
        </table>
      )}
      <AddMemberForm onAdded={users.reload} />
    </>
  );
}

/** The owner's members page: who may sign in, with which role. */
export function MembersView() {
  const t = useT();
  return (
    <div className="team-page">
      <h1>{t('members.title')}</h1>
      <OwnerOnly>
        <Members />
      </OwnerOnly>
    </div>
  );
}
