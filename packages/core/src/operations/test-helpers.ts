import { expect } from 'vitest';
import { annaMap } from '../fixtures.ts';
import { JourneyMap } from '../schema/index.ts';
import { applyOperation } from './apply.ts';
import { OperationError, type OperationErrorCode } from './errors.ts';
import type { Operation } from './schema.ts';

/** Freezes `value` and everything reachable from it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A deep-frozen copy of the Anna fixture. */
export function frozenAnna(): JourneyMap {
  return deepFreeze(annaMap());
}

/** Every reference in the map that does not resolve, as readable strings; empty when all resolve. */
export function danglingReferences(map: JourneyMap): string[] {
  const stages = new Set(map.stages.map((s) => s.id));
  const lanes = new Set(map.lanes.map((l) => l.id));
  const cards = new Set(map.cards.map((c) => c.id));
  const touchpoints = new Set(map.touchpoints.map((t) => t.id));
  const personas = new Set(map.personas);
  const dangling: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) dangling.push(what);
  };
  const optional = (set: Set<string>, id: string | undefined) => id === undefined || set.has(id);
  for (const card of map.cards) {
    check(lanes.has(card.lane), `card ${card.id} lane ${card.lane}`);
    check(stages.has(card.stage), `card ${card.id} stage ${card.stage}`);
    check(optional(personas, card.persona), `card ${card.id} persona ${card.persona}`);
    check(optional(touchpoints, card.touchpoint), `card ${card.id} touchpoint ${card.touchpoint}`);
  }
  for (const e of map.emotions) {
    check(stages.has(e.stage), `emotion stage ${e.stage}`);
    check(optional(personas, e.persona), `emotion persona ${e.persona}`);
  }
  for (const t of map.touchpoints) check(optional(stages, t.stage), `touchpoint ${t.id} stage ${t.stage}`);
  for (const o of map.opportunities) {
    check(optional(stages, o.stage), `opportunity ${o.id} stage ${o.stage}`);
    for (const pain of o.pains) check(cards.has(pain), `opportunity ${o.id} pain ${pain}`);
  }
  for (const k of map.kpis) {
    check(optional(stages, k.stage), `kpi ${k.id} stage ${k.stage}`);
    check(optional(touchpoints, k.touchpoint), `kpi ${k.id} touchpoint ${k.touchpoint}`);
  }
  const unique = (kind: string, ids: readonly string[]) =>
    check(new Set(ids).size === ids.length, `${kind} ids not unique: ${ids.join(',')}`);
  unique(
    'stage',
    map.stages.map((s) => s.id),
  );
  unique(
    'lane',
    map.lanes.map((l) => l.id),
  );
  unique(
    'card',
    map.cards.map((c) => c.id),
  );
  unique(
    'touchpoint',
    map.touchpoints.map((t) => t.id),
  );
  unique(
    'opportunity',
    map.opportunities.map((o) => o.id),
  );
  unique(
    'kpi',
    map.kpis.map((k) => k.id),
  );
  unique('persona', map.personas);
  const emotionKeys = map.emotions.map((e) => `${e.stage}/${e.persona ?? ''}`);
  unique('emotion', emotionKeys);
  return dangling;
}

/** Asserts that a map satisfies the schema and that its references resolve. */
export function expectValid(map: JourneyMap): void {
  expect(JourneyMap.parse(map)).toEqual(map);
  expect(danglingReferences(map)).toEqual([]);
}

/** Applies `op` to a frozen Anna map (or `map`) and checks the result is a valid map. */
export function apply(op: Operation, map: JourneyMap = frozenAnna()): JourneyMap {
  const result = applyOperation(map, op);
  expect(result).not.toBe(map);
  expectValid(result);
  return result;
}

/** Runs `run`, expecting an `OperationError` with `code`; returns it for further checks. */
export function expectOperationError(run: () => unknown, code: OperationErrorCode): OperationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OperationError);
    const operationError = error as OperationError;
    expect(operationError.code).toBe(code);
    return operationError;
  }
  throw new Error(`expected an OperationError with code ${code}, but nothing was thrown`);
}

/** Ids of the cards of one cell, in order. */
export function cellIds(map: JourneyMap, lane: string, stage: string): string[] {
  return map.cards.filter((c) => c.lane === lane && c.stage === stage).map((c) => c.id);
}
