import type { Share } from '@opencjm/core';
import { useId, useState } from 'react';
import { createShare, listShares, revokeShare } from '../../api/team.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Field } from '../common/Field.tsx';
import { Loading } from '../common/Loading.tsx';
import { CopyField } from './CopyField.tsx';
import { expiryOf, shareAddress } from './share-expiry.ts';

function ShareRow({ share, onRevoke }: { share: Share; onRevoke: (share: Share) => void }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const created = formatDateTime(lang, share.createdAt);
  const expired = share.expiresAt !== null && Date.parse(share.expiresAt) <= Date.now();
  const states = [
    share.expiresAt === null
      ? t('share.noExpiry')
      : t(expired ? 'share.expired' : 'share.expiresAt', { time: formatDateTime(lang, share.expiresAt) }),
    share.hasPassword ? t('share.withPassword') : t('share.noPassword'),
    ...(share.revokedAt ? [t('share.revokedAt', { time: formatDateTime(lang, share.revokedAt) })] : []),
  ];
  const live = share.revokedAt === null && !expired;
  return (
    <li className={live ? 'share-item' : 'share-item gone'}>
      {live ? (
        <CopyField
          label={t('share.url')}
          value={shareAddress(window.location.origin, share.url)}
          copyLabel={t('share.copy')}
          copiedText={t('share.copied')}
        />
      ) : (
        <p className="muted">{shareAddress(window.location.origin, share.url)}</p>
      )}
      <p className="muted">{states.join(' · ')}</p>
      {share.revokedAt === null && (
        <button
          type="button"
          className="danger"
          aria-label={t('share.revokeOf', { time: created })}
          onClick={() => onRevoke(share)}
        >
          {t('share.revoke')}
        </button>
      )}
    </li>
  );
}

/** Read-only links of a map: create one (optional expiry and password), copy, list, revoke. */
export function ShareDialog({
  mapId,
  title,
  onClose,
}: {
  mapId: string;
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const formTitle = useId();
  const listTitle = useId();
  const shares = useAsync(() => listShares(mapId), mapId);
  const [date, setDate] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    const expiresAt = date === '' ? undefined : expiryOf(date);
    setProblem(expiresAt === null);
    setError(null);
    if (expiresAt === null) return;
    setBusy(true);
    try {
      await createShare(mapId, {
        ...(expiresAt ? { expiresAt } : {}),
        ...(password ? { password } : {}),
      });
      setDate('');
      setPassword('');
      shares.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (share: Share) => {
    setError(null);
    try {
      await revokeShare(mapId, share.id);
      shares.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  const items =
    shares.status === 'done' ? [...shares.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];
  return (
    <Dialog title={t('share.title', { title })} onCancel={onClose}>
      <p className="muted">{t('share.intro')}</p>
      <form
        className="share-form"
        aria-labelledby={formTitle}
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <h3 id={formTitle}>{t('share.createTitle')}</h3>
        <div className="inline-form">
          <Field label={t('share.expires')}>
            {(id) => (
              <input id={id} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
            )}
          </Field>
          <Field label={t('share.password')}>
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete="new-password"
                minLength={4}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('share.create')}
          </button>
        </div>
        {problem && (
          <p className="error-notice" role="alert">
            {t('share.pastDate')}
          </p>
        )}
      </form>
      {error !== null && <ErrorNotice error={error} />}
      <section aria-labelledby={listTitle}>
        <h3 id={listTitle}>{t('share.list')}</h3>
        {shares.status === 'loading' && <Loading />}
        {shares.status === 'error' && <ErrorNotice error={shares.error} onRetry={shares.reload} />}
        {shares.status === 'done' && items.length === 0 && <p className="muted">{t('share.empty')}</p>}
        <ul className="share-list">
          {items.map((share) => (
            <ShareRow key={share.id} share={share} onRevoke={(s) => void revoke(s)} />
          ))}
        </ul>
      </section>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
