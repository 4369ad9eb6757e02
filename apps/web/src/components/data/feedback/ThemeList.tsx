import type { Theme } from '@opencjm/core';
import { formatCount } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';

/** Key phrases of one polarity, most frequent first; each opens to its example quotes. */
export function ThemeList({
  title,
  themes,
  tone,
}: {
  title: string;
  themes: readonly Theme[];
  tone: string;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  return (
    <div className={`theme-list ${tone}`}>
      <h4>{title}</h4>
      {themes.length === 0 ? (
        <p className="muted">{t('feedback.noThemes')}</p>
      ) : (
        <ul aria-label={title}>
          {themes.map((theme) => (
            <li key={theme.phrase}>
              <details>
                <summary>
                  <span className="theme-phrase">{theme.phrase}</span>{' '}
                  <span className="muted">
                    {t('feedback.themeCount', { n: formatCount(lang, theme.count) })}
                  </span>
                </summary>
                <ul className="theme-examples">
                  {theme.examples.map((example) => (
                    <li key={example}>
                      <q>{example}</q>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
