import type { JourneyMap, Kpi } from '../schema/index.ts';
import { nextId } from './ids.ts';
import { patch, removeAt, replaceAt } from './immutable.ts';
import { idsOf, requireIndex, requireNewId, requireRef } from './lookup.ts';
import type { AddKpiOp, RemoveKpiOp, UpdateKpiOp } from './schema.ts';

/** Adds a KPI; without `id` the id is the next `k<n>`. */
export function addKpi(map: JourneyMap, op: AddKpiOp): JourneyMap {
  const ids = idsOf(map.kpis);
  if (op.id !== undefined) requireNewId(op.op, 'kpi', ids, op.id);
  requireRef(op.op, 'stage', map.stages, op.stage);
  requireRef(op.op, 'touchpoint', map.touchpoints, op.touchpoint);
  const { op: _name, id, ...fields } = op;
  const kpi = patch<Kpi>({ id: id ?? nextId('k', ids), name: op.name, metric: op.metric }, fields);
  return { ...map, kpis: [...map.kpis, kpi] };
}

/** Changes a KPI's fields. */
export function updateKpi(map: JourneyMap, op: UpdateKpiOp): JourneyMap {
  const index = requireIndex(op.op, 'kpi', map.kpis, op.id);
  requireRef(op.op, 'stage', map.stages, op.stage);
  requireRef(op.op, 'touchpoint', map.touchpoints, op.touchpoint);
  const { op: _name, id: _id, ...changes } = op;
  return { ...map, kpis: replaceAt(map.kpis, index, (kpi) => patch(kpi, changes)) };
}

/** Removes a KPI. */
export function removeKpi(map: JourneyMap, op: RemoveKpiOp): JourneyMap {
  const index = requireIndex(op.op, 'kpi', map.kpis, op.id);
  return { ...map, kpis: removeAt(map.kpis, index) };
}
