import type { ClusterShare, PersonaCluster } from '@opencjm/core';
import { useId, useState } from 'react';
import { createPersona } from '../../api/personas.ts';
import { useCan } from '../../auth/session.ts';
import { formatCount, formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';
import { newId } from '../../store/ids.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { ChannelIcon } from '../editor/ChannelIcon.tsx';
import { channelName } from '../editor/channel-icons.ts';
import { Avatar } from '../persona/Avatar.tsx';
import { personaFromCluster } from './persona-from-cluster.ts';

/**
 * One customer cluster: its size, what sets it apart, how it converts, its channels and
 * typical attributes, and a button that turns its draft into a persona.
 */
export function ClusterCard({ cluster }: { cluster: PersonaCluster }) {
  const t = useT();
  const canWrite = useCan('write');
  const lang = useLanguage((state) => state.lang);
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { persona } = cluster;
  const share = (value: ClusterShare | null) =>
    value === null
      ? '—'
      : [
          formatPercent(lang, value.rate),
          ...(value.ci
            ? [t('data.ci', { lo: formatPercent(lang, value.ci[0]), hi: formatPercent(lang, value.ci[1]) })]
            : []),
        ].join(' · ');
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await createPersona(personaFromCluster(cluster, newId('persona')));
      navigate({ name: 'persona', id: saved.persona.id });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  const attributes = Object.entries(cluster.attributes);
  return (
    <article className="cluster-card" aria-labelledby={titleId}>
      <header>
        <Avatar id={persona.id} name={persona.name} seed={persona.avatarSeed} size={48} />
        <div>
          <h2 id={titleId}>{persona.name}</h2>
          <p className="muted">
            {t('suggest.size', {
              size: formatCount(lang, cluster.size),
              share: formatPercent(lang, cluster.share),
            })}
          </p>
        </div>
      </header>
      {cluster.distinguishing.length > 0 && (
        <>
          <h3>{t('suggest.distinguishing')}</h3>
          <ul className="cluster-features">
            {cluster.distinguishing.map((feature) => (
              <li key={feature.feature}>{feature.text}</li>
            ))}
          </ul>
        </>
      )}
      <dl className="cluster-facts">
        <div>
          <dt>{t('suggest.converted')}</dt>
          <dd>{share(cluster.converted)}</dd>
        </div>
        {cluster.reachedLastStage && (
          <div>
            <dt>{t('suggest.reachedLastStage')}</dt>
            <dd>{share(cluster.reachedLastStage)}</dd>
          </div>
        )}
        <div>
          <dt>{t('persona.channels')}</dt>
          <dd>
            {cluster.channels.length === 0
              ? '—'
              : cluster.channels.map((c, i) => (
                  <span key={c.channel}>
                    {i > 0 && ', '}
                    <ChannelIcon channel={c.channel} named={false} /> {channelName(c.channel, lang)}{' '}
                    {formatPercent(lang, c.share)}
                  </span>
                ))}
          </dd>
        </div>
        {attributes.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof value === 'number' ? formatCount(lang, value) : value}</dd>
          </div>
        ))}
      </dl>
      {error !== null && <ErrorNotice error={error} />}
      {canWrite && (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void create()}
          aria-label={t('suggest.createOf', { name: persona.name })}
        >
          {t('suggest.create')}
        </button>
      )}
    </article>
  );
}
