import type { PersonasResult as PersonaSuggestions } from '@opencjm/core';
import { useState } from 'react';
import { getPersonaSuggestions } from '../api/insight.ts';
import { getMap } from '../api/maps.ts';
import { Field } from '../components/common/Field.tsx';
import { DataPanel } from '../components/data/DataPanel.tsx';
import { ClusterCard } from '../components/suggestions/ClusterCard.tsx';
import { K_CHOICES, parseK } from '../components/suggestions/persona-from-cluster.ts';
import { useAsync } from '../hooks/use-async.ts';
import { formatCount, formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { routeHash } from '../router/route.ts';

function Summary({ result }: { result: PersonaSuggestions }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const silhouettes = result.silhouettes
    .map((s) => t('suggest.silhouetteOf', { k: s.k, value: formatNumber(lang, s.silhouette, 2) }))
    .join(', ');
  return (
    <p className="muted">
      {t('suggest.summary', { customers: formatCount(lang, result.customers), k: result.k })}
      {silhouettes && ` ${t('suggest.silhouettes', { list: silhouettes })}`}
    </p>
  );
}

/** Personas suggested by clustering the map's customers, each ready to become a persona. */
export function PersonaSuggestionsView({ id }: { id: string }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const map = useAsync(() => getMap(id), id);
  const [k, setK] = useState<number | undefined>(undefined);
  const title = map.status === 'done' ? map.data.map.title : id;
  return (
    <div className="suggestions-view">
      <div className="view-heading">
        <a className="back" href={routeHash({ name: 'map', id })} aria-label={t('compare.backToMap')}>
          ←
        </a>
        <h1>{t('suggest.title', { title })}</h1>
        <a href={routeHash({ name: 'data', id })}>{t('editor.data')}</a>
      </div>
      <p>{t('suggest.intro')}</p>
      <div className="inline-form">
        <Field label={t('suggest.k')}>
          {(fieldId) => (
            <select
              id={fieldId}
              value={k === undefined ? 'auto' : String(k)}
              onChange={(event) => setK(parseK(event.target.value))}
            >
              <option value="auto">{t('suggest.kAuto')}</option>
              {K_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <DataPanel
        load={(signal) => getPersonaSuggestions(id, k, lang, signal)}
        loadKey={`${id}|${k ?? 'auto'}|${lang}`}
        isEmpty={(result) => result.clusters.length === 0}
      >
        {(result) => (
          <>
            <Summary result={result} />
            <ol className="cluster-list" aria-label={t('suggest.clusters')}>
              {result.clusters.map((cluster) => (
                <li key={cluster.cluster}>
                  <ClusterCard cluster={cluster} />
                </li>
              ))}
            </ol>
          </>
        )}
      </DataPanel>
    </div>
  );
}
