import type { InitiativeStatus } from '@opencjm/core';
import type { TKey } from '../../i18n/translate.ts';

/** The translation key of an initiative status. */
export function statusKey(status: InitiativeStatus): TKey {
  return `initiatives.status.${status}`;
}
