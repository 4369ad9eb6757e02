import { z } from 'zod';
import { Id } from './common.ts';

export const PERSONA_SCHEMA_VERSION = 1;

export const Demographics = z.object({
  age: z.string().optional().describe('An age or a range, e.g. "34" or "25-34"'),
  gender: z.string().optional(),
  education: z.string().optional(),
  income: z.string().optional(),
  location: z.string().optional(),
  occupation: z.string().optional(),
});
export type Demographics = z.infer<typeof Demographics>;

/** A persona document: who the map's customer is. */
export const Persona = z.object({
  schemaVersion: z.literal(PERSONA_SCHEMA_VERSION),
  id: Id,
  name: z.string().min(1),
  photo: z.string().optional().describe('Image URL or data: URI; when absent an avatar is generated'),
  avatarSeed: z.string().optional().describe('Seed of the generated avatar; defaults to the id'),
  quote: z.string().optional(),
  demographics: Demographics.default({}),
  goals: z.array(z.string()).default([]),
  needs: z.array(z.string()).default([]),
  motivations: z.array(z.string()).default([]),
  frustrations: z.array(z.string()).default([]).describe('Fears and frustrations'),
  channels: z.array(z.string()).default([]).describe('Preferred channels, ids of the touchpoint catalogue'),
  source: z.enum(['manual', 'data']).default('manual').describe('data: drafted from a customer cluster'),
});
export type Persona = z.infer<typeof Persona>;
export type PersonaInput = z.input<typeof Persona>;
