import type { JourneyMap } from '../schema/index.ts';
import { OperationError, type OperationErrorCode } from './errors.ts';

/** The kinds of items an operation can refer to by id. */
export type EntityKind = 'stage' | 'lane' | 'card' | 'touchpoint' | 'opportunity' | 'kpi' | 'persona';

const UNKNOWN: Readonly<Record<EntityKind, OperationErrorCode>> = {
  stage: 'unknown-stage',
  lane: 'unknown-lane',
  card: 'unknown-card',
  touchpoint: 'unknown-touchpoint',
  opportunity: 'unknown-opportunity',
  kpi: 'unknown-kpi',
  persona: 'unknown-persona',
};

/** The error for a reference to an item that does not exist, e.g. `moveCard: unknown stage "x"`. */
export function unknownError(op: string, kind: EntityKind, id: string): OperationError {
  return new OperationError(UNKNOWN[kind], { id }, `${op}: unknown ${kind} "${id}"`, { op });
}

/** Position of the item with `id`; throws `unknown-<kind>` when there is none. */
export function requireIndex(
  op: string,
  kind: EntityKind,
  items: readonly { readonly id: string }[],
  id: string,
): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw unknownError(op, kind, id);
  return index;
}

/** Throws `unknown-<kind>` unless an item with `id` exists; `null` and `undefined` pass. */
export function requireRef(
  op: string,
  kind: Exclude<EntityKind, 'persona'>,
  items: readonly { readonly id: string }[],
  id: string | null | undefined,
): void {
  if (id != null) requireIndex(op, kind, items, id);
}

/** Throws `unknown-persona` unless the map lists persona `id`; `null` and `undefined` pass. */
export function requirePersona(op: string, map: JourneyMap, id: string | null | undefined): void {
  if (id != null && !map.personas.includes(id)) throw unknownError(op, 'persona', id);
}

/** Throws `duplicate-id` when `id` is already taken among `ids`. */
export function requireNewId(op: string, kind: EntityKind, ids: readonly string[], id: string): void {
  if (ids.includes(id)) {
    throw new OperationError(
      'duplicate-id',
      { id, kind },
      `${op}: a ${kind} with id "${id}" already exists`,
      {
        op,
      },
    );
  }
}

/** Throws `index-out-of-range` unless `index` is an integer in 0 … `max`. */
export function requireIndexInRange(op: string, index: number, max: number): void {
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new OperationError(
      'index-out-of-range',
      { index, max },
      `${op}: index ${index} is out of range 0…${max}`,
      { op },
    );
  }
}

/** The ids of `items`. */
export function idsOf(items: readonly { readonly id: string }[]): string[] {
  return items.map((item) => item.id);
}
