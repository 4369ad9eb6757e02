import { useState } from 'react';
import type { SurveyMetric, SurveyView } from '../../../api/survey-schemas.ts';
import { useT } from '../../../i18n/use-t.ts';
import { Field } from '../../common/Field.tsx';
import type { DataNames } from '../place-names.ts';
import { AttributeGroups } from './AttributeGroups.tsx';
import { AttributeKeyField } from './AttributeKeyField.tsx';
import { SurveyGroups } from './SurveyGroups.tsx';
import { SURVEY_DIMENSIONS, type SurveyDimension, surveyGroups } from './survey-format.ts';
import { useAttributeSurvey } from './use-attribute-survey.ts';

interface SurveyBreakdownProps {
  results: readonly SurveyView[];
  names: DataNames;
  mapId: string;
}

/**
 * One metric per stage, touchpoint, channel or customer attribute. Attribute groups are
 * fetched for the typed property key; the other dimensions come with `results`.
 */
export function SurveyBreakdown({ results, names, mapId }: SurveyBreakdownProps) {
  const t = useT();
  const [metricChoice, setMetric] = useState<SurveyMetric>(results[0]?.metric ?? 'nps');
  const result = results.find((r) => r.metric === metricChoice) ?? results[0];
  const dimensions = SURVEY_DIMENSIONS.filter(
    (d) => d === 'attribute' || (result && surveyGroups(result, d).length > 0),
  );
  const [dimensionChoice, setDimension] = useState<SurveyDimension>('stage');
  const dimension = dimensions.includes(dimensionChoice) ? dimensionChoice : dimensions[0];
  const [attributeKey, setAttributeKey] = useState('');
  const byAttribute = useAttributeSurvey(
    result?.metric ?? 'nps',
    mapId,
    dimension === 'attribute' ? attributeKey : '',
  );
  if (!result || !dimension) return null;
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
                  {t(`survey.by.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {dimension === 'attribute' && <AttributeKeyField value={attributeKey} onChange={setAttributeKey} />}
      </div>
      {dimension === 'attribute' ? (
        <AttributeGroups survey={byAttribute} names={names} />
      ) : (
        <SurveyGroups result={result} dimension={dimension} names={names} by={t(`survey.by.${dimension}`)} />
      )}
    </section>
  );
}
