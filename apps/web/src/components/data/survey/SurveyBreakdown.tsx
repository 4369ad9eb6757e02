import { useMemo, useState } from 'react';
import type { SurveyMetric, SurveyResult } from '../../../api/survey-schemas.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { EChart } from '../../charts/EChart.tsx';
import { tooltipLines } from '../../charts/options/html.ts';
import { intervalBarsOption } from '../../charts/options/interval-bars.ts';
import { Field } from '../../common/Field.tsx';
import type { DataNames } from '../place-names.ts';
import {
  formatSurveyValue,
  SURVEY_DIMENSIONS,
  SURVEY_SCALE,
  type SurveyDimension,
  surveyGroups,
  surveyRows,
} from './survey-format.ts';

/** One metric per stage, touchpoint, channel or attribute: bars with interval whiskers, and a table. */
export function SurveyBreakdown({ results, names }: { results: readonly SurveyResult[]; names: DataNames }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const [metricChoice, setMetric] = useState<SurveyMetric>(results[0]?.metric ?? 'nps');
  const result = results.find((r) => r.metric === metricChoice) ?? results[0];
  const dimensions = SURVEY_DIMENSIONS.filter((d) => result && surveyGroups(result, d).length > 0);
  const [dimensionChoice, setDimension] = useState<SurveyDimension>('stage');
  const dimension = dimensions.includes(dimensionChoice) ? dimensionChoice : dimensions[0];
  const rows = useMemo(
    () => (result && dimension ? surveyRows(result, dimension, names) : []),
    [result, dimension, names],
  );
  const option = useMemo(() => {
    if (!result) return null;
    const format = (value: number) => formatSurveyValue(result.metric, lang, value);
    return intervalBarsOption(rows, {
      series: t(`survey.${result.metric}`),
      interval: t('survey.interval'),
      ...SURVEY_SCALE[result.metric],
      tooltip: (row) =>
        tooltipLines([
          `${row.name}: ${row.value === null ? '—' : format(row.value)}`,
          ...(row.ci ? [t('data.ci', { lo: format(row.ci[0]), hi: format(row.ci[1]) })] : []),
          t('survey.answers', { n: formatCount(lang, row.n) }),
        ]),
    });
  }, [result, rows, t, lang]);
  if (!result || !dimension || !option) return null;
  const format = (value: number) => formatSurveyValue(result.metric, lang, value);
  const dimensionLabel = (d: SurveyDimension) =>
    d === 'attribute' && result.byAttribute?.attribute ? result.byAttribute.attribute : t(`survey.by.${d}`);
  return (
    <section className="survey-breakdown" aria-labelledby="survey-breakdown-title">
      <h3 id="survey-breakdown-title" className="visually-hidden">
        {t('survey.breakdown')}
      </h3>
      <div className="inline-form">
        <Field label={t('survey.metric')}>
          {(id) => (
            <select id={id} value={result.metric} onChange={(e) => setMetric(e.target.value as SurveyMetric)}>
              {results.map((r) => (
                <option key={r.metric} value={r.metric}>
                  {t(`survey.${r.metric}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('survey.groupBy')}>
          {(id) => (
            <select
              id={id}
              value={dimension}
              onChange={(e) => setDimension(e.target.value as SurveyDimension)}
            >
              {dimensions.map((d) => (
                <option key={d} value={d}>
                  {dimensionLabel(d)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <EChart
        option={option}
        label={t('survey.chart', { metric: t(`survey.${result.metric}`), by: dimensionLabel(dimension) })}
        height={Math.max(220, 44 * rows.length + 60)}
      />
      <table className="data-table">
        <thead>
          <tr>
            <th>{dimensionLabel(dimension)}</th>
            <th>{t(`survey.${result.metric}`)}</th>
            <th>{t('survey.interval')}</th>
            <th>{t('survey.n')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <td>{row.name}</td>
              <td>{row.value === null ? '—' : format(row.value)}</td>
              <td>{row.ci ? `${format(row.ci[0])} – ${format(row.ci[1])}` : '—'}</td>
              <td>{formatCount(lang, row.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
