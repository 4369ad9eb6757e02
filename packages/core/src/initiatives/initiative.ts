import { z } from 'zod';
import { Id } from '../schema/common.ts';

/** Where an initiative is on the board, from an idea to done (or dropped). */
export const InitiativeStatus = z.enum(['idea', 'planned', 'in-progress', 'testing', 'done', 'dropped']);
export type InitiativeStatus = z.infer<typeof InitiativeStatus>;
export const INITIATIVE_STATUSES = InitiativeStatus.options;

/** A day, `YYYY-MM-DD`. */
const Day = z.iso.date().describe('A day, YYYY-MM-DD');

/** A duration such as `14d`, `12h` or `30m` (how the engine reads windows). */
const DurationText = z
  .string()
  .regex(/^\d+(\.\d+)?\s*(s|m|h|d|w)$/, 'a duration such as 14d, 12h or 30m')
  .describe('A duration such as 14d, 12h or 30m');

/**
 * The A/B test of an initiative: who was exposed to which variant (`exposure` events whose
 * `variantProperty` names the variant), and who reached `goal` after it. Evaluated by
 * `GET /api/initiatives/:id/experiment` (docs/experiments.md).
 */
export const ExperimentDefinition = z.object({
  exposure: z.string().min(1).describe('Event name of the exposure, e.g. experiment_viewed'),
  variantProperty: z.string().min(1).describe('Property of the exposure that names the variant'),
  control: z.string().min(1).describe('Name of the control variant'),
  goal: z.string().min(1).describe('Event name of the goal, e.g. purchase'),
  window: DurationText.optional().describe('Count goals at most this long after the exposure'),
  value: z.string().min(1).optional().describe('Numeric field of the goal summed per customer, e.g. value'),
  plannedSample: z.number().int().positive().optional().describe('Customers per variant planned'),
  split: z
    .record(z.string().min(1), z.number().positive())
    .optional()
    .describe('Planned weight of each variant, e.g. {control: 50, b: 50}; default equal'),
});
export type ExperimentDefinition = z.infer<typeof ExperimentDefinition>;

/** What the initiative should change: in words, and optionally as a number (e.g. +5 points). */
export const ExpectedEffect = z.object({
  text: z.string().max(2000).default(''),
  value: z.number().optional().describe('The expected change as a number, in the unit of the KPI'),
});
export type ExpectedEffect = z.infer<typeof ExpectedEffect>;

/**
 * An improvement made from a map's opportunity: who owns it, where it is, what it should
 * change, and optionally the experiment that tests it. Stored as a versioned document.
 */
export const Initiative = z.object({
  id: Id,
  mapId: Id.describe('The map whose opportunity this is'),
  opportunityId: Id.describe('The opportunity of that map it was made from'),
  title: z.string().trim().min(1).max(300),
  owner: z.string().trim().max(200).default('').describe("Free text or a member's e-mail"),
  status: InitiativeStatus.default('idea'),
  due: Day.optional(),
  pains: z.array(Id).default([]).describe('Ids of the pain cards of the map it addresses'),
  kpis: z.array(Id).default([]).describe('Ids of the KPIs of the map it should move'),
  expectedEffect: ExpectedEffect.default({ text: '' }),
  experiment: ExperimentDefinition.optional(),
});
export type Initiative = z.infer<typeof Initiative>;
export type InitiativeInput = z.input<typeof Initiative>;
