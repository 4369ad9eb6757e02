import { useState } from 'react';
import type { ThemesBy } from '../../../api/insight.ts';
import { useT } from '../../../i18n/use-t.ts';
import { Field } from '../../common/Field.tsx';
import type { DataNames } from '../place-names.ts';
import { SentimentSection } from './SentimentSection.tsx';
import { ThemesSection } from './ThemesSection.tsx';

/** Customer texts: sentiment and key phrases, per stage or per touchpoint. */
export function FeedbackPanel({ mapId, names }: { mapId: string; names: DataNames }) {
  const t = useT();
  const [by, setBy] = useState<ThemesBy>('touchpoint');
  return (
    <div className="feedback">
      <div className="inline-form">
        <Field label={t('feedback.by')}>
          {(id) => (
            <select id={id} value={by} onChange={(event) => setBy(event.target.value as ThemesBy)}>
              <option value="stage">{t('survey.by.stage')}</option>
              <option value="touchpoint">{t('survey.by.touchpoint')}</option>
            </select>
          )}
        </Field>
      </div>
      <SentimentSection mapId={mapId} by={by} names={names} />
      <ThemesSection mapId={mapId} by={by} names={names} />
    </div>
  );
}
