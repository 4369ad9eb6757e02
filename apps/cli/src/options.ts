import type { Language } from '@opencjm/core';
import { InvalidArgumentError } from 'commander';
import { isLanguage, UI_LANGUAGES, type Ui } from './i18n/ui.ts';

/** Commander parser for `--lang ru|en|zh`, its error in the user's language. */
export function languageParser(ui: Ui): (value: string) => Language {
  return (value) => {
    if (isLanguage(value)) return value;
    throw new InvalidArgumentError(ui.t.parse.oneOf(UI_LANGUAGES.join(', ')));
  };
}
