import { useMemo } from 'react';
import type { SurveyView } from '../../../api/survey-schemas.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { EChart } from '../../charts/EChart.tsx';
import { tooltipLines } from '../../charts/options/html.ts';
import { intervalBarsOption } from '../../charts/options/interval-bars.ts';
import type { DataNames } from '../place-names.ts';
import { formatSurveyValue, SURVEY_SCALE, type SurveyDimension, surveyRows } from './survey-format.ts';

interface SurveyGroupsProps {
  result: SurveyView;
  dimension: SurveyDimension;
  names: DataNames;
  /** What the groups are, e.g. "Stage" or an attribute key; heads the table. */
  by: string;
}

/** One metric per group of a dimension: bars with interval whiskers, and a table. */
export function SurveyGroups({ result, dimension, names, by }: SurveyGroupsProps) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const rows = useMemo(() => surveyRows(result, dimension, names), [result, dimension, names]);
  const metric = t(`survey.${result.metric}`);
  const format = (value: number) => formatSurveyValue(result.metric, lang, value);
  const option = useMemo(() => {
    const formatValue = (value: number) => formatSurveyValue(result.metric, lang, value);
    return intervalBarsOption(rows, {
      series: t(`survey.${result.metric}`),
      interval: t('survey.interval'),
      ...SURVEY_SCALE[result.metric],
      tooltip: (row) =>
        tooltipLines([
          `${row.name}: ${row.value === null ? '—' : formatValue(row.value)}`,
          ...(row.ci ? [t('data.ci', { lo: formatValue(row.ci[0]), hi: formatValue(row.ci[1]) })] : []),
          t('survey.answers', { n: formatCount(lang, row.n) }),
        ]),
    });
  }, [result.metric, rows, t, lang]);
  return (
    <>
      <EChart
        option={option}
        label={t('survey.chart', { metric, by })}
        height={Math.max(220, 44 * rows.length + 60)}
      />
      <table className="data-table">
        <thead>
          <tr>
            <th>{by}</th>
            <th>{metric}</th>
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
    </>
  );
}
