import { ChangeEntity, type ChangeKind, CommentTarget, type JourneyMap } from '@opencjm/core';
import type { TFunction } from '../../i18n/translate.ts';
import { targetName } from './target-name.ts';

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

/** The comment target a change names as `kind:id` (comment entries), or null. */
export function targetOfChange(change: string): CommentTarget | null {
  const match = /^(card|stage):(.+)$/.exec(change);
  const parsed = CommentTarget.safeParse(match ? { kind: match[1], id: match[2] } : null);
  return parsed.success ? parsed.data : null;
}

/**
 * A change in words: `card:c3` names the card (from `map`), `stage-changed` or
 * `renameStage` becomes "Stage changed"; anything else is shown as the server named it.
 */
export function changeText(t: TFunction, change: string, map: JourneyMap | null = null): string {
  const target = targetOfChange(change);
  if (target) return targetName(t, map, target);
  const parsed = parseChange(change);
  if (!parsed) return change;
  return t('activity.change', {
    entity: t(`entity.${parsed.entity}`),
    kind: t(`activity.kind.${parsed.kind}`),
  });
}

/** The distinct change texts of an activity entry, in first-seen order. */
export function changeTexts(
  t: TFunction,
  changes: readonly string[],
  map: JourneyMap | null = null,
): string[] {
  return [...new Set(changes.map((change) => changeText(t, change, map)))];
}
