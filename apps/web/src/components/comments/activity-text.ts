import { ChangeEntity, type ChangeKind } from '@opencjm/core';
import type { TFunction } from '../../i18n/translate.ts';

/** Verbs of operation types and diff kinds, as the change kind they stand for. */
const VERBS: Readonly<Record<string, ChangeKind>> = {
  add: 'added',
  added: 'added',
  create: 'added',
  remove: 'removed',
  removed: 'removed',
  delete: 'removed',
  rename: 'changed',
  update: 'changed',
  set: 'changed',
  link: 'changed',
  change: 'changed',
  changed: 'changed',
  edit: 'changed',
  move: 'moved',
  moved: 'moved',
};

const kebab = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The entity and kind of a change named like `rename-stage`, `addCard` or `card-added`. */
export function parseChange(change: string): { entity: ChangeEntity; kind: ChangeKind } | null {
  const words = kebab(change)
    .split(/[-_.\s]+/)
    .filter(Boolean);
  const entityAt = words.findIndex((word) => ChangeEntity.safeParse(word).success);
  const verb = words.find((word) => VERBS[word] !== undefined);
  const entity = ChangeEntity.safeParse(words[entityAt]);
  if (!entity.success || verb === undefined) return null;
  const kind = VERBS[verb];
  return kind ? { entity: entity.data, kind } : null;
}

/** A change kind in words (e.g. "Stage changed"), or the change as the server named it. */
export function changeText(t: TFunction, change: string): string {
  const parsed = parseChange(change);
  if (!parsed) return change;
  return t('activity.change', {
    entity: t(`entity.${parsed.entity}`),
    kind: t(`activity.kind.${parsed.kind}`),
  });
}

/** The distinct change texts of an activity entry, in first-seen order. */
export function changeTexts(t: TFunction, changes: readonly string[]): string[] {
  return [...new Set(changes.map((change) => changeText(t, change)))];
}
