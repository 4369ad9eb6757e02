import { useState } from 'react';
import { sessionStore, useCan, useSession } from '../../auth/session.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';

/** The header's member part: name and role, account page, the owner's pages, sign-out. */
export function UserMenu() {
  const t = useT();
  const me = useSession((state) => state.me);
  const admin = useCan('admin');
  const [error, setError] = useState<unknown>(null);
  if (!me) return null;
  const role = t(`role.${me.user.role}`);
  return (
    <div className="user-menu">
      {admin && (
        <nav aria-label={t('nav.admin')} className="admin-nav">
          <a href="#/members">{t('nav.members')}</a>
          <a href="#/keys">{t('nav.keys')}</a>
          <a href="#/audit">{t('nav.audit')}</a>
        </nav>
      )}
      <span className="member" title={t('auth.member', { name: me.user.name, role })}>
        <span className="member-name">{me.user.name}</span>
        <span className="role-badge">{role}</span>
      </span>
      <a href="#/account">{t('nav.account')}</a>
      <button type="button" onClick={() => sessionStore.getState().signOut().catch(setError)}>
        {t('auth.signOut')}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
