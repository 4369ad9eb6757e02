import { type ApiKeyInfo, type CreatedKey, KeyScope } from '@opencjm/core';
import { useId, useState } from 'react';
import { createKey, listKeys, revokeKey } from '../../api/team.ts';
import { Dialog } from '../../components/common/Dialog.tsx';
import { ErrorNotice } from '../../components/common/ErrorNotice.tsx';
import { Field } from '../../components/common/Field.tsx';
import { Loading } from '../../components/common/Loading.tsx';
import { CopyField } from '../../components/team/CopyField.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { parseOrigins } from './key-origins.ts';
import { OwnerOnly } from './OwnerOnly.tsx';
import { trackerSnippet } from './tracker-snippet.ts';

function CreateKeyForm({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const t = useT();
  const titleId = useId();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<KeyScope>('read');
  const [originText, setOriginText] = useState('');
  const [bad, setBad] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const parsed = parseOrigins(originText);
    setBad('bad' in parsed ? parsed.bad : null);
    setError(null);
    if ('bad' in parsed) return;
    try {
      const key = await createKey({
        name: name.trim(),
        scope,
        ...(parsed.origins.length > 0 ? { origins: parsed.origins } : {}),
      });
      setName('');
      setOriginText('');
      onCreated(key);
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
      <h2 id={titleId}>{t('keys.createTitle')}</h2>
      <div className="inline-form">
        <Field label={t('keys.name')}>
          {(id) => <input id={id} required value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={t('keys.scope')}>
          {(id) => (
            <select id={id} value={scope} onChange={(event) => setScope(KeyScope.parse(event.target.value))}>
              {KeyScope.options.map((option) => (
                <option key={option} value={option}>
                  {t(`keys.scope.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {scope === 'collect' && (
        <Field label={t('keys.origins')}>
          {(id) => (
            <textarea
              id={id}
              rows={3}
              value={originText}
              onChange={(event) => setOriginText(event.target.value)}
            />
          )}
        </Field>
      )}
      {bad !== null && (
        <p className="error-notice" role="alert">
          {t('keys.badOrigin', { value: bad })}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="primary">
        {t('keys.create')}
      </button>
    </form>
  );
}

function NewKeyDialog({ created, onClose }: { created: CreatedKey; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t('keys.createdTitle', { name: created.name })} onCancel={onClose}>
      <p className="notice warn" role="alert">
        {t('keys.once')}
      </p>
      <CopyField
        label={t('keys.value')}
        value={created.key}
        copyLabel={t('keys.copy')}
        copiedText={t('keys.copied')}
      />
      {created.scope === 'collect' && (
        <div className="key-snippet">
          <h3>{t('keys.snippetTitle')}</h3>
          <p className="muted">{t('keys.snippetHint')}</p>
          {created.origins.length === 0 && <p className="notice warn">{t('keys.snippetNoOrigins')}</p>}
          <CopyField
            label={t('keys.snippet')}
            value={trackerSnippet(window.location.origin, created.key)}
            copyLabel={t('keys.copySnippet')}
            copiedText={t('keys.copied')}
          />
        </div>
      )}
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}

function KeyRow({ item, onRevoke }: { item: ApiKeyInfo; onRevoke: (item: ApiKeyInfo) => void }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  return (
    <tr className={item.revokedAt ? 'gone' : undefined}>
      <td>{item.name}</td>
      <td>{t(`keys.scope.${item.scope}`)}</td>
      <td>
        <code>{item.prefix}…</code>
      </td>
      <td>{formatDateTime(lang, item.createdAt)}</td>
      <td>{item.lastUsedAt ? formatDateTime(lang, item.lastUsedAt) : t('keys.neverUsed')}</td>
      <td>
        {item.revokedAt
          ? t('keys.revokedAt', { time: formatDateTime(lang, item.revokedAt) })
          : t('keys.active')}
      </td>
      <td>
        {!item.revokedAt && (
          <button
            type="button"
            className="danger"
            aria-label={t('keys.revokeOf', { name: item.name })}
            onClick={() => onRevoke(item)}
          >
            {t('keys.revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}

function Keys() {
  const t = useT();
  const keys = useAsync(() => listKeys(), 'keys');
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const revoke = async (item: ApiKeyInfo) => {
    if (!window.confirm(t('keys.confirmRevoke', { name: item.name }))) return;
    setError(null);
    try {
      await revokeKey(item.id);
    } catch (failure) {
      setError(failure);
    }
    keys.reload();
  };
  return (
    <>
      <p className="muted">{t('keys.intro')}</p>
      <CreateKeyForm
        onCreated={(key) => {
          setCreated(key);
          keys.reload();
        }}
      />
      {created && <NewKeyDialog created={created} onClose={() => setCreated(null)} />}
      {error !== null && <ErrorNotice error={error} />}
      {keys.status === 'loading' && <Loading />}
      {keys.status === 'error' && <ErrorNotice error={keys.error} onRetry={keys.reload} />}
      {keys.status === 'done' && keys.data.length === 0 && <p className="muted">{t('keys.empty')}</p>}
      {keys.status === 'done' && keys.data.length > 0 && (
        <table className="data-table team-table" aria-label={t('keys.list')}>
          <thead>
            <tr>
              <th>{t('keys.name')}</th>
              <th>{t('keys.scope')}</th>
              <th>{t('keys.prefix')}</th>
              <th>{t('keys.createdAt')}</th>
              <th>{t('keys.lastUsed')}</th>
              <th>{t('keys.state')}</th>
              <th>{t('members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((item) => (
              <KeyRow key={item.id} item={item} onRevoke={(i) => void revoke(i)} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The owner's API keys: create (the key is shown once), list with prefix and last use, revoke. */
export function KeysView() {
  const t = useT();
  return (
    <div className="team-page">
      <h1>{t('keys.title')}</h1>
      <OwnerOnly>
        <Keys />
      </OwnerOnly>
    </div>
  );
}
