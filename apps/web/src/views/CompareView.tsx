import { diffMaps, type JourneyMap } from '@opencjm/core';
import { ArrowLeft } from 'lucide-react';
import { useMemo } from 'react';
import { isApiStatus } from '../api/errors.ts';
import { getMap, listMaps } from '../api/maps.ts';
import { ErrorNotice } from '../components/common/ErrorNotice.tsx';
import { Field } from '../components/common/Field.tsx';
import { Loading } from '../components/common/Loading.tsx';
import { BeforeAfter } from '../components/compare/BeforeAfter.tsx';
import { highlightOf } from '../components/compare/highlight.ts';
import { ReadonlyGrid } from '../components/compare/ReadonlyGrid.tsx';
import { ChangeList } from '../components/diff/ChangeList.tsx';
import { MissingDocument } from '../components/home/MissingDocument.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useT } from '../i18n/use-t.ts';
import { navigate } from '../router/use-route.ts';

/** The two maps of a comparison: `before` is the base (e.g. current state), `after` the other. */
async function loadPair(id: string, other: string | undefined) {
  const first = (await getMap(id)).map;
  if (other) return { before: first, after: (await getMap(other)).map };
  if (first.basedOn) return { before: (await getMap(first.basedOn)).map, after: first };
  return { before: null, after: first };
}

function Comparison({ before, after }: { before: JourneyMap; after: JourneyMap }) {
  const t = useT();
  const changes = useMemo(() => diffMaps(before, after), [before, after]);
  const maps = useMemo(() => [before, after], [before, after]);
  return (
    <>
      <div className="compare-columns">
        <ReadonlyGrid
          map={before}
          highlight={highlightOf(before, changes, 'before')}
          label={t('compare.before', { title: before.title })}
        />
        <ReadonlyGrid
          map={after}
          highlight={highlightOf(after, changes, 'after')}
          label={t('compare.after', { title: after.title })}
        />
      </div>
      <section aria-labelledby="changes-title" className="panel">
        <h2 id="changes-title">{t('compare.changes', { count: changes.length })}</h2>
        <ChangeList changes={changes} maps={maps} />
      </section>
      <BeforeAfter mapId={after.id} />
    </>
  );
}

/** Picks the map to compare with when the map is not based on another. */
function ComparePicker({ id }: { id: string }) {
  const t = useT();
  const maps = useAsync(() => listMaps(), 'maps');
  const others = maps.status === 'done' ? maps.data.filter((item) => item.id !== id) : [];
  return (
    <div className="panel">
      <p>{t('compare.noBase')}</p>
      <Field label={t('compare.with')}>
        {(id) => (
          <select
            id={id}
            defaultValue=""
            onChange={(event) =>
              event.target.value && navigate({ name: 'compare', id, other: event.target.value })
            }
          >
            <option value="" disabled>
              {t('common.none')}
            </option>
            {others.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/** Current and future map side by side with the semantic diff outlined and listed. */
export function CompareView({ id, other }: { id: string; other?: string | undefined }) {
  const t = useT();
  const pair = useAsync(() => loadPair(id, other), `${id}|${other ?? ''}`);
  return (
    <div className="compare">
      <a className="back" href={`#/maps/${encodeURIComponent(id)}`} aria-label={t('compare.backToMap')}>
        <ArrowLeft size={18} aria-hidden="true" />
      </a>
      <h1>{t('compare.title')}</h1>
      {pair.status === 'loading' && <Loading />}
      {pair.status === 'error' &&
        (isApiStatus(pair.error, 404) ? (
          <MissingDocument kind="map" id={id} />
        ) : (
          <ErrorNotice error={pair.error} onRetry={pair.reload} />
        ))}
      {pair.status === 'done' &&
        (pair.data.before ? (
          <Comparison before={pair.data.before} after={pair.data.after} />
        ) : (
          <ComparePicker id={id} />
        ))}
    </div>
  );
}
