import type { JourneyMap, MapChange } from '@opencjm/core';
import { isTKey, type TFunction } from '../../i18n/translate.ts';

/** Longest quoted text in a change description, in characters. */
const MAX_TEXT = 60;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Names of the things of the maps being compared, by entity and id (later maps win). */
export class ChangeLabels {
  private readonly names = new Map<string, string>();

  constructor(maps: readonly JourneyMap[]) {
    for (const map of maps) {
      this.names.set(`map/${map.id}`, map.title);
      for (const stage of map.stages) this.names.set(`stage/${stage.id}`, stage.name);
      for (const lane of map.lanes) this.names.set(`lane/${lane.id}`, lane.title);
      for (const card of map.cards) this.names.set(`card/${card.id}`, card.text);
      for (const tp of map.touchpoints) this.names.set(`touchpoint/${tp.id}`, tp.name);
      for (const o of map.opportunities) this.names.set(`opportunity/${o.id}`, o.title);
      for (const kpi of map.kpis) this.names.set(`kpi/${kpi.id}`, kpi.name);
    }
  }

  /** The plain name of an entity, or its id when it has none. */
  name(entity: MapChange['entity'], id: string): string {
    return this.names.get(`${entity}/${id}`) ?? id;
  }

  /** The display name of an entity, quoted; emotions are named by their stage (and persona). */
  of(entity: MapChange['entity'], id: string): string {
    if (entity === 'emotion') {
      const [stage = id, persona] = id.split('/');
      const name = this.names.get(`stage/${stage}`) ?? stage;
      return persona ? `${name} (${persona})` : name;
    }
    const name = this.names.get(`${entity}/${id}`);
    return name === undefined ? id : `“${clip(name)}”`;
  }
}

function isCell(value: unknown): value is { lane: string; stage: string } {
  return typeof value === 'object' && value !== null && 'lane' in value && 'stage' in value;
}

/** A field value on one line: text quoted, absent as "(none)", lists and objects as JSON. */
function valueText(t: TFunction, labels: ChangeLabels, value: unknown): string {
  if (value === undefined || value === null) return t('diff.empty');
  if (typeof value === 'string') return `“${clip(value)}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isCell(value)) return `${labels.name('lane', value.lane)} × ${labels.name('stage', value.stage)}`;
  return clip(JSON.stringify(value));
}

/** The label of an added or removed entity: its name, title, text, or the emotion score. */
function itemLabel(change: MapChange, labels: ChangeLabels, item: unknown): string {
  if (typeof item === 'object' && item !== null) {
    const fields: Record<string, unknown> = { ...item };
    const text = fields.name ?? fields.title ?? fields.text;
    if (change.entity === 'emotion') return `${labels.of('emotion', change.id)}: ${String(fields.score)}`;
    if (typeof text === 'string') return `“${clip(text)}”`;
  }
  return labels.of(change.entity, change.id);
}

/** The field a `changed` entry is about: the path after `[id].`, or the whole path. */
function fieldOf(change: MapChange): string {
  const marker = `[${change.id}].`;
  const at = change.path.indexOf(marker);
  return at < 0 ? change.path : change.path.slice(at + marker.length);
}

function fieldName(t: TFunction, field: string): string {
  const key = `field.${field}`;
  return isTKey(key) ? t(key) : field;
}

/**
 * One change of a semantic diff as a sentence in the interface language, e.g.
 * "Stage “Awareness”: name “Awareness” → “Discovery”".
 */
export function describeChange(t: TFunction, labels: ChangeLabels, change: MapChange): string {
  const entity = t(`entity.${change.entity}`);
  switch (change.kind) {
    case 'added':
      return t('diff.added', { entity, label: itemLabel(change, labels, change.after) });
    case 'removed':
      return t('diff.removed', { entity, label: itemLabel(change, labels, change.before) });
    case 'changed':
      return t('diff.changed', {
        entity,
        label: labels.of(change.entity, change.id),
        field: fieldName(t, fieldOf(change)),
        before: valueText(t, labels, change.before),
        after: valueText(t, labels, change.after),
      });
    case 'moved': {
      const place = (value: unknown) =>
        typeof value === 'number' ? t('diff.position', { n: value + 1 }) : valueText(t, labels, value);
      return t('diff.moved', {
        entity,
        label: labels.of(change.entity, change.id),
        before: place(change.before),
        after: place(change.after),
      });
    }
  }
}
