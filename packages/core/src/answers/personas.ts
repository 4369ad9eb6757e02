import { z } from 'zod';
import { Id, Language } from '../schema/common.ts';
import { Persona } from '../schema/persona.ts';

/*
 * Personas discovered from customer clusters (`cjm personas suggest`,
 * `GET /api/personas/suggestions`).
 */

/** A feature on which a cluster differs from everybody. */
export const DistinguishingFeature = z.object({
  feature: z
    .string()
    .describe('Column: events, days, value, dwell, furthest, channel:NAME, KEY or KEY=VALUE'),
  kind: z.enum(['activity', 'channel', 'numeric', 'category']),
  cluster: z
    .number()
    .nullable()
    .describe(
      'Median (activity, numeric attribute), mean share of events (channel), share of customers (category)',
    ),
  overall: z.number().nullable().describe('The same over all customers; null when unknown for all'),
  z: z.number().describe('Standardised difference of the cluster from the overall mean'),
  text: z.string().describe('The difference in words, in the requested language'),
});
export type DistinguishingFeature = z.infer<typeof DistinguishingFeature>;

/** A share of a cluster's customers with its 95% interval. */
export const ClusterShare = z.object({
  customers: z.number().int(),
  rate: z.number().describe('customers / cluster size, 0 … 1'),
  ci: z.tuple([z.number(), z.number()]).describe('95% Wilson interval'),
});
export type ClusterShare = z.infer<typeof ClusterShare>;

/** One customer cluster, described, with its persona draft. */
export const PersonaCluster = z.object({
  cluster: z.number().int().describe('1-based, largest first'),
  size: z.number().int(),
  share: z.number().describe('size / all customers'),
  distinguishing: z.array(DistinguishingFeature),
  converted: ClusterShare.describe('Customers with a conversion event'),
  reachedLastStage: ClusterShare.nullable().describe("Customers at the map's last stage; null without a map"),
  channels: z
    .array(z.object({ channel: z.string(), share: z.number() }))
    .describe('Preferred: ≥ 15% of events, top 3'),
  attributes: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .describe('Modal value, or median if numeric'),
  persona: Persona,
  members: z.array(z.string()).optional().describe('Customer ids, with the members option'),
});
export type PersonaCluster = z.infer<typeof PersonaCluster>;

/** Personas discovered from customer data. */
export const PersonasResult = z.object({
  customers: z.number().int(),
  k: z.number().int(),
  silhouettes: z
    .array(z.object({ k: z.number().int(), silhouette: z.number() }))
    .describe('Empty when k was given'),
  features: z.array(z.string()).describe('Columns clustered on (see featureMatrix)'),
  clusters: z.array(PersonaCluster),
});
export type PersonasResult = z.infer<typeof PersonasResult>;

/** Query of `GET /api/personas/suggestions`. */
export const PersonaSuggestionsQuery = z.object({
  map: Id.optional().describe('Adds the furthest stage reached and conversion to the last stage'),
  k: z.coerce
    .number()
    .int()
    .min(2)
    .max(12)
    .optional()
    .describe('Clusters; default: best silhouette over 2…6'),
  lang: Language.optional().describe("Language of the persona drafts; default: the map's, else en"),
});
export type PersonaSuggestionsQuery = z.input<typeof PersonaSuggestionsQuery>;
