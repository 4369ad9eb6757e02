import type { JourneyMap, Language, MapType } from '@opencjm/core';
import { request } from './http.ts';
import {
  Ignored,
  MapEnvelope,
  type MapEnvelope as MapEnvelopeT,
  MapList,
  type MapListItem,
  SavedVersion,
} from './schemas.ts';

const base = '/api/maps';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** What the home page asks for a new map. */
export interface NewMapRequest {
  template: string;
  language: Language;
  title: string;
  persona?: string;
  type?: MapType;
  process?: string;
}

export async function listMaps(): Promise<MapListItem[]> {
  return (await request(base, MapList)).items;
}

export function getMap(id: string): Promise<MapEnvelopeT> {
  return request(one(id), MapEnvelope);
}

export function createMap(body: NewMapRequest | { map: JourneyMap }): Promise<MapEnvelopeT> {
  return request(base, MapEnvelope, { method: 'POST', body });
}

/** A future-state copy of the map (a new map whose `basedOn` is this one). */
export function createFutureCopy(id: string): Promise<MapEnvelopeT> {
  return request(`${one(id)}/future`, MapEnvelope, { method: 'POST' });
}

/**
 * Saves the whole map over `version` and returns the new version.
 * @throws {ApiError} `version-conflict` (409) when the server has a newer version; its
 *   body holds `current`.
 */
export function saveMap(map: JourneyMap, version: number): Promise<SavedVersion> {
  return request(one(map.id), SavedVersion, { method: 'PUT', body: { map, version } });
}

export async function deleteMap(id: string, version: number): Promise<void> {
  await request(`${one(id)}?version=${version}`, Ignored, { method: 'DELETE' });
}
