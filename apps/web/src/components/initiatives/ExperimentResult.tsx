import { useAsync } from '../../hooks/use-async.ts';
import { formatCount } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Loading } from '../common/Loading.tsx';
import { getExperiment } from './api.ts';
import { pText } from './format-stats.ts';
import type { ExperimentAnswer } from './schemas.ts';
import { VariantRow } from './VariantRow.tsx';

/**
 * The evaluated experiment of a stored initiative: the verdict in plain words in the UI
 * language, the warnings (sample-ratio mismatch, read before the planned sample) and the
 * table of variants. `version` re-evaluates after a save.
 */
export function ExperimentResult({ id, version }: { id: string; version: number }) {
  const t = useT();
  const result = useAsync((signal) => getExperiment(id, signal), `${id}:${version}`);
  return (
    <section className="experiment-result" aria-labelledby="experiment-result-title">
      <h3 id="experiment-result-title">{t('experiment.result')}</h3>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNotice error={result.error} onRetry={result.reload} />}
      {result.status === 'done' && <ResultBody answer={result.data} />}
      {result.status !== 'loading' && (
        <button type="button" onClick={result.reload}>
          {t('experiment.refresh')}
        </button>
      )}
    </section>
  );
}

function ResultBody({ answer }: { answer: ExperimentAnswer }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const { srm, planning, excluded, verdict } = answer;
  return (
    <>
      <p
        className={`verdict verdict-${verdict.code}`}
        role="note"
        aria-label={t('experiment.verdict')}
        data-verdict={verdict.code}
      >
        {verdict.text[lang]}
      </p>
      {srm.mismatch && (
        <p className="warning" role="alert">
          {t('experiment.srmWarning', { p: pText(srm.pValue) })}
        </p>
      )}
      {planning.readEarly && planning.plannedSample !== null && (
        <p className="warning">{t('experiment.peeking', { n: formatCount(lang, planning.plannedSample) })}</p>
      )}
      {excluded.mixed + excluded.unlabelled > 0 && (
        <p className="muted">
          {t('experiment.excluded', {
            mixed: formatCount(lang, excluded.mixed),
            unlabelled: formatCount(lang, excluded.unlabelled),
          })}
        </p>
      )}
      <table className="experiment-table">
        <caption>{t('experiment.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('experiment.variant')}</th>
            <th scope="col">{t('experiment.customers')}</th>
            <th scope="col">{t('experiment.conversions')}</th>
            <th scope="col">{t('experiment.rate')}</th>
            <th scope="col">{t('experiment.lift')}</th>
            <th scope="col">{t('experiment.p')}</th>
            <th scope="col">{t('experiment.chance')}</th>
          </tr>
        </thead>
        <tbody>
          {answer.variants.map((variant) => (
            <VariantRow key={variant.name} variant={variant} />
          ))}
        </tbody>
      </table>
    </>
  );
}
