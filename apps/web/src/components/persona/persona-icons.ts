import { Flame, Frown, ListChecks, type LucideIcon, Target } from 'lucide-react';
import type { ListField } from './persona-form.ts';

/** The icon heading each list of a persona card. */
export const LIST_ICONS: Readonly<Record<ListField, LucideIcon>> = {
  goals: Target,
  frustrations: Frown,
  needs: ListChecks,
  motivations: Flame,
};

/** Goals and frustrations lead a persona card, as on the journey-mapping tools' persona cards. */
export const KEY_LISTS = ['goals', 'frustrations'] as const satisfies readonly ListField[];
/** The other lists, under the key ones. */
export const OTHER_LISTS = ['needs', 'motivations'] as const satisfies readonly ListField[];
