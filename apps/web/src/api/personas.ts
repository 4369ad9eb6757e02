import type { Persona } from '@opencjm/core';
import { request } from './http.ts';
import { Ignored, PersonaEnvelope, PersonaList, type PersonaListItem } from './schemas.ts';

const base = '/api/personas';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export async function listPersonas(): Promise<PersonaListItem[]> {
  return (await request(base, PersonaList)).items;
}

export function getPersona(id: string): Promise<PersonaEnvelope> {
  return request(one(id), PersonaEnvelope);
}

export function createPersona(persona: Persona): Promise<PersonaEnvelope> {
  return request(base, PersonaEnvelope, { method: 'POST', body: { persona } });
}

/** @throws {ApiError} `version-conflict` (409) with the server's `current` persona. */
export function savePersona(persona: Persona, version: number): Promise<PersonaEnvelope> {
  return request(one(persona.id), PersonaEnvelope, { method: 'PUT', body: { persona, version } });
}

export async function deletePersona(id: string, version: number): Promise<void> {
  await request(`${one(id)}?version=${version}`, Ignored, { method: 'DELETE' });
}
