import {
  type CreateInitiativeBody,
  type Initiative,
  type InitiativeFilter,
  InitiativeList,
  type InitiativeSummary,
  VersionedInitiative,
} from '@opencjm/core';
import { request } from '../../api/http.ts';
import { Ignored } from '../../api/schemas.ts';
import {
  type AttributionAnswer as Attribution,
  AttributionAnswer,
  type AttributionModel,
  ExperimentAnswer,
} from './schemas.ts';

const base = '/api/initiatives';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** Initiatives of every map, filtered by owner, map and status. */
export async function listInitiatives(
  filter: InitiativeFilter = {},
  signal?: AbortSignal,
): Promise<InitiativeSummary[]> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  const path = query.size > 0 ? `${base}?${query}` : base;
  return (await request(path, InitiativeList, signal ? { signal } : {})).items;
}

export function getInitiative(id: string, signal?: AbortSignal): Promise<VersionedInitiative> {
  return request(one(id), VersionedInitiative, signal ? { signal } : {});
}

/** Makes an initiative from a map's opportunity (title, owner and pains from it). */
export function createInitiative(body: CreateInitiativeBody): Promise<VersionedInitiative> {
  return request(base, VersionedInitiative, { method: 'POST', body });
}

/** @throws {ApiError} `version-conflict` (409) when someone else saved first. */
export function saveInitiative(initiative: Initiative, version: number): Promise<VersionedInitiative> {
  return request(one(initiative.id), VersionedInitiative, { method: 'PUT', body: { initiative, version } });
}

export async function deleteInitiative(id: string, version: number): Promise<void> {
  await request(`${one(id)}?version=${version}`, Ignored, { method: 'DELETE' });
}

/** The evaluation of the initiative's experiment from the events. */
export function getExperiment(id: string, signal?: AbortSignal): Promise<ExperimentAnswer> {
  return request(`${one(id)}/experiment`, ExperimentAnswer, signal ? { signal } : {});
}

/** Credit of each touchpoint of map `mapId` for the conversions `conversion`. */
export function getAttribution(
  mapId: string,
  conversion: string,
  model: AttributionModel,
  signal?: AbortSignal,
): Promise<Attribution> {
  const query = new URLSearchParams({ conversion, model });
  return request(`/api/maps/${encodeURIComponent(mapId)}/attribution?${query}`, AttributionAnswer, {
    ...(signal ? { signal } : {}),
  });
}
