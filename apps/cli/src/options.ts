import { LANGUAGES, type Language } from '@opencjm/core';
import { InvalidArgumentError } from 'commander';

/** Commander parser for `--lang ru|en|zh`. */
export function parseLanguage(value: string): Language {
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new InvalidArgumentError(`expected one of ${LANGUAGES.join(', ')}`);
}
