import type { MapChange } from './schema.ts';

/** Options of {@link formatDiff}. */
export interface FormatDiffOptions {
  /** Language of the text; only English so far. */
  lang?: 'en';
}

const MESSAGES = {
  en: { none: 'No changes.', moved: 'moved', withinCell: 'moved within its cell', empty: '(none)' },
} as const;

type Messages = (typeof MESSAGES)[keyof typeof MESSAGES];

const SIGNS = { added: '+', removed: '-', changed: '~', moved: '↕' } as const;

/**
 * A readable text of a diff, one line per change, for example
 * `~ stage awareness: name "Осведомленность" → "Знакомство"`, `+ opportunity o2 "Title"`,
 * `↕ stage loyalty moved 3 → 1`; `No changes.` when there are none.
 */
export function formatDiff(changes: readonly MapChange[], options: FormatDiffOptions = {}): string {
  const text = MESSAGES[options.lang ?? 'en'];
  if (changes.length === 0) return text.none;
  return changes.map((change) => formatChange(change, text)).join('\n');
}

function formatChange(change: MapChange, text: Messages): string {
  const head = `${SIGNS[change.kind]} ${change.entity} ${change.id}`;
  switch (change.kind) {
    case 'added':
      return withLabel(head, change.entity, change.after);
    case 'removed':
      return withLabel(head, change.entity, change.before);
    case 'changed':
      return `${head}: ${fieldOf(change)} ${value(change.before, text)} → ${value(change.after, text)}`;
    case 'moved':
      return `${head} ${formatMove(change, text)}`;
  }
}

/** The field name of a `changed` entry: the path after `[id].`, or the whole path. */
function fieldOf(change: MapChange): string {
  const marker = `[${change.id}].`;
  const at = change.path.indexOf(marker);
  return at < 0 ? change.path : change.path.slice(at + marker.length);
}

/** An index move (`moved 3 → 1`, cards: `moved within its cell 0 → 1`) or a card's new cell. */
function formatMove({ entity, before, after }: MapChange, text: Messages): string {
  if (typeof before === 'number' && typeof after === 'number') {
    return `${entity === 'card' ? text.withinCell : text.moved} ${before} → ${after}`;
  }
  if (isCell(before) && isCell(after)) {
    const parts: string[] = [];
    if (before.lane !== after.lane) parts.push(`lane ${before.lane} → ${after.lane}`);
    if (before.stage !== after.stage) parts.push(`stage ${before.stage} → ${after.stage}`);
    return `${text.moved} ${parts.join(', ')}`;
  }
  return `${text.moved} ${value(before, text)} → ${value(after, text)}`;
}

/** A `{ lane, stage }` cell, the before/after of a card moved to another cell. */
function isCell(value: unknown): value is { lane: string; stage: string } {
  return typeof value === 'object' && value !== null && 'lane' in value && 'stage' in value;
}

/** The words that name an added or removed entity: its name, title, text or score. */
function withLabel(head: string, entity: MapChange['entity'], item: unknown): string {
  const label = labelOf(entity, item);
  return label === undefined ? head : `${head} ${label}`;
}

function labelOf(entity: MapChange['entity'], item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const fields: Record<string, unknown> = { ...item };
  if (entity === 'emotion') return `score ${String(fields.score)}`;
  const label = fields.name ?? fields.title ?? fields.text;
  return typeof label === 'string' ? JSON.stringify(label) : undefined;
}

/** A value on one line: strings quoted, absent values as `(none)`. */
function value(v: unknown, text: Messages): string {
  return v === undefined ? text.empty : JSON.stringify(v);
}
