import type { ThemeGroupResult } from '@opencjm/core';
import { useId } from 'react';
import { formatCount } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ThemeList } from './ThemeList.tsx';

/** The complaints and praise of one stage or touchpoint. */
export function ThemeGroupCard({ group, name }: { group: ThemeGroupResult; name: string }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const titleId = useId();
  return (
    <article className="theme-group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {name} <span className="muted">{t('feedback.textsOf', { n: formatCount(lang, group.total) })}</span>
      </h3>
      <div className="theme-columns">
        <ThemeList title={t('feedback.complaints')} themes={group.negative} tone="negative" />
        <ThemeList title={t('feedback.praise')} themes={group.positive} tone="positive" />
      </div>
    </article>
  );
}
