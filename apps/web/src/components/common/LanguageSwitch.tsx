import { LANGUAGES, type Language } from '@opencjm/core';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';

/** The interface language picker; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const setLang = useLanguage((state) => state.setLang);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select
        aria-label={t('lang.label')}
        value={lang}
        onChange={(event) => setLang(event.target.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`lang.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
