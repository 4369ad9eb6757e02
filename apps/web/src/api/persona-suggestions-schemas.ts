import { Persona } from '@opencjm/core';
import { z } from 'zod';
import { Interval } from './interval.ts';

/** A share of a cluster's customers with its 95% interval. */
const Share = z.looseObject({
  customers: z.number().optional(),
  rate: z.number().describe('0 … 1'),
  ci: Interval,
});
export type Share = z.infer<typeof Share>;

/** A feature on which a cluster differs from everybody, with the difference in words. */
const Distinguishing = z.looseObject({
  feature: z.string(),
  kind: z.string().optional(),
  z: z.number().catch(0).describe('Standardised difference from the overall mean'),
  text: z.string().describe("In the language asked for (the route's `lang`)"),
});

/** One customer cluster with its persona draft. */
export const PersonaCluster = z.looseObject({
  cluster: z.number().describe('1-based, largest first'),
  size: z.number(),
  share: z.number().describe('size / all customers'),
  distinguishing: z.array(Distinguishing).catch([]),
  converted: Share.nullable().catch(null),
  reachedLastStage: Share.nullable().catch(null),
  channels: z.array(z.looseObject({ channel: z.string(), share: z.number() })).catch([]),
  attributes: z.record(z.string(), z.union([z.string(), z.number()])).catch({}),
  persona: Persona,
});
export type PersonaCluster = z.infer<typeof PersonaCluster>;

/** `GET /api/personas/suggestions?map=ID[&k=N][&lang=…]`. */
export const PersonaSuggestions = z.looseObject({
  customers: z.number(),
  k: z.number(),
  silhouettes: z.array(z.looseObject({ k: z.number(), silhouette: z.number() })).catch([]),
  features: z.array(z.string()).catch([]),
  clusters: z.array(PersonaCluster),
});
export type PersonaSuggestions = z.infer<typeof PersonaSuggestions>;
