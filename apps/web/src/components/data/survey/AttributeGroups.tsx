import { useT } from '../../../i18n/use-t.ts';
import { ErrorNotice } from '../../common/ErrorNotice.tsx';
import { Loading } from '../../common/Loading.tsx';
import type { DataNames } from '../place-names.ts';
import { SurveyGroups } from './SurveyGroups.tsx';
import type { AttributeSurvey } from './use-attribute-survey.ts';

/** The groups of a breakdown by customer attribute, or why there are none yet. */
export function AttributeGroups({ survey, names }: { survey: AttributeSurvey | null; names: DataNames }) {
  const t = useT();
  if (survey === null) return <p className="muted">{t('survey.attributeHint')}</p>;
  if (survey.status === 'loading') return <Loading />;
  if (survey.status === 'error') return <ErrorNotice error={survey.error} onRetry={survey.reload} />;
  const byAttribute = survey.data?.byAttribute;
  if (!survey.data || !byAttribute || byAttribute.groups.length === 0) {
    return <p className="muted">{t('survey.attributeEmpty', { key: survey.key })}</p>;
  }
  return (
    <SurveyGroups
      result={survey.data}
      dimension="attribute"
      names={names}
      by={byAttribute.attribute ?? survey.key}
    />
  );
}
