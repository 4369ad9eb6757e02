import { z } from 'zod';
import { Id } from '../schema/common.ts';
import { ExpectedEffect, ExperimentDefinition, Initiative, InitiativeStatus } from './initiative.ts';

const Version = z.number().int().min(1);

/** A stored initiative with its optimistic-concurrency version. */
export const VersionedInitiative = z.object({ initiative: Initiative, version: Version });
export type VersionedInitiative = z.infer<typeof VersionedInitiative>;

/** One row of `GET /api/initiatives`. */
export const InitiativeSummary = z.object({
  id: Id,
  mapId: Id,
  opportunityId: Id,
  title: z.string(),
  owner: z.string(),
  status: InitiativeStatus,
  due: z.string().optional(),
  hasExperiment: z.boolean(),
  version: Version,
  updatedAt: z.iso.datetime(),
});
export type InitiativeSummary = z.infer<typeof InitiativeSummary>;

/** `GET /api/initiatives?owner=&map=&status=`. */
export const InitiativeList = z.object({ items: z.array(InitiativeSummary) });
export type InitiativeList = z.infer<typeof InitiativeList>;

/** `GET /api/initiatives` filters; each given one must match (owner case-insensitively). */
export const InitiativeFilter = z.object({
  owner: z.string().trim().min(1).optional(),
  map: Id.optional(),
  status: InitiativeStatus.optional(),
});
export type InitiativeFilter = z.infer<typeof InitiativeFilter>;

/**
 * `POST /api/initiatives`: made from opportunity `opportunityId` of map `mapId`; the title,
 * owner, status and pains default to the opportunity's.
 */
export const CreateInitiativeBody = z.object({
  id: Id.optional(),
  mapId: Id,
  opportunityId: Id,
  title: z.string().trim().min(1).max(300).optional(),
  owner: z.string().trim().max(200).optional(),
  status: InitiativeStatus.optional(),
  due: Initiative.shape.due,
  pains: z.array(Id).optional(),
  kpis: z.array(Id).optional(),
  expectedEffect: ExpectedEffect.optional(),
  experiment: ExperimentDefinition.optional(),
});
export type CreateInitiativeBody = z.input<typeof CreateInitiativeBody>;

/** `PUT /api/initiatives/:id`: the whole initiative and the version read. */
export const PutInitiativeBody = z.object({ initiative: Initiative, version: Version });
export type PutInitiativeBody = z.input<typeof PutInitiativeBody>;
