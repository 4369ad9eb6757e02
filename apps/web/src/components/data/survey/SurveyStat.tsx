import { useId } from 'react';
import type { SurveyView } from '../../../api/survey-schemas.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { formatSurveyValue } from './survey-format.ts';

/** One metric over all answers: the figure, its 95% interval, n and how it splits. */
export function SurveyStat({ result }: { result: SurveyView }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const titleId = useId();
  const { metric, overall } = result;
  const format = (value: number) => formatSurveyValue(metric, lang, value);
  return (
    <section className="stat-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t(`survey.${metric}`)}</h3>
      <p className="stat-value">{overall.value === null ? '—' : format(overall.value)}</p>
      {overall.ci && (
        <p className="muted">{t('data.ci', { lo: format(overall.ci[0]), hi: format(overall.ci[1]) })}</p>
      )}
      <p className="muted">{t('survey.answers', { n: formatCount(lang, overall.n) })}</p>
      {metric === 'nps' && overall.n > 0 && (
        <p className="muted">
          {t('survey.npsSplit', {
            promoters: formatCount(lang, overall.promoters ?? 0),
            passives: formatCount(lang, overall.passives ?? 0),
            detractors: formatCount(lang, overall.detractors ?? 0),
          })}
        </p>
      )}
      {result.invalid > 0 && (
        <p className="muted">{t('survey.invalid', { n: formatCount(lang, result.invalid) })}</p>
      )}
      <p className="stat-hint">{t(`survey.${metric}.hint`)}</p>
    </section>
  );
}
