import { useState } from 'react';
import { useAsync } from '../../hooks/use-async.ts';
import { formatCount, formatDuration, formatPercent, formatSigned } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Field } from '../common/Field.tsx';
import { Loading } from '../common/Loading.tsx';
import { type BeforeAfterAnswer, getBeforeAfter } from './before-after-api.ts';

/**
 * Before / after a date on the events: per stage of `mapId`, the customers and conversion
 * of those who entered before the date (A) and from it (B), the change with its 95%
 * interval and whether it is significant; the map's conversion KPIs met or missed after.
 */
export function BeforeAfter({ mapId }: { mapId: string }) {
  const t = useT();
  const [date, setDate] = useState('');
  return (
    <section aria-labelledby="before-after-title" className="panel before-after">
      <h2 id="before-after-title">{t('beforeAfter.title')}</h2>
      <p className="muted">{t('beforeAfter.intro')}</p>
      <Field label={t('beforeAfter.date')}>
        {(id) => <input id={id} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
      </Field>
      {/^\d{4}-\d{2}-\d{2}$/.test(date) && <Result mapId={mapId} date={date} />}
    </section>
  );
}

function Result({ mapId, date }: { mapId: string; date: string }) {
  const result = useAsync((signal) => getBeforeAfter(mapId, date, signal), `${mapId}|${date}`);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorNotice error={result.error} onRetry={result.reload} />;
  return <Tables answer={result.data} />;
}

function Tables({ answer }: { answer: BeforeAfterAnswer }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const points = (x: number) => formatSigned(lang, x * 100, 1);
  const side = (s: BeforeAfterAnswer['stages'][number]['a']) => {
    const counts = t('beforeAfter.side', {
      customers: formatCount(lang, s.customers),
      conversion: formatPercent(lang, s.conversion),
    });
    if (s.medianSecondsFromPrevious === null) return counts;
    return t('beforeAfter.sideTime', {
      side: counts,
      time: formatDuration(t, lang, s.medianSecondsFromPrevious),
    });
  };
  return (
    <>
      <table className="before-after-table">
        <caption>{t('beforeAfter.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('beforeAfter.stage')}</th>
            <th scope="col">{t('beforeAfter.a')}</th>
            <th scope="col">{t('beforeAfter.b')}</th>
            <th scope="col">{t('beforeAfter.change')}</th>
            <th scope="col">{t('beforeAfter.significance')}</th>
          </tr>
        </thead>
        <tbody>
          {answer.stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.name}</th>
              <td>{side(stage.a)}</td>
              <td>{side(stage.b)}</td>
              <td>
                {t('beforeAfter.changeValue', {
                  difference: points(stage.change.difference),
                  low: points(stage.change.ci[0]),
                  high: points(stage.change.ci[1]),
                })}
              </td>
              <td>
                {t(stage.change.significant ? 'beforeAfter.significant' : 'beforeAfter.notSignificant')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {answer.kpis.length > 0 && (
        <ul className="before-after-kpis" aria-label={t('beforeAfter.kpis')}>
          {answer.kpis.map((kpi) => (
            <li key={kpi.id} data-met={kpi.met}>
              {t(kpi.met ? 'beforeAfter.kpiMet' : 'beforeAfter.kpiMissed', {
                name: kpi.name,
                value: formatPercent(lang, kpi.b),
                target: formatPercent(lang, kpi.target),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
