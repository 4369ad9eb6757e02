import { z } from 'zod';
import { DEMO_SEGMENTS } from './segments.ts';

/** Options of `writeDemoShop`. */
export const DemoShopOptions = z.object({
  customers: z.number().int().min(1).max(10_000_000).default(3000).describe('Customers to invent'),
  seed: z.number().int().default(2024).describe('The same seed gives the same customers and journeys'),
  until: z.date().describe('The end of the data: journeys start in the 90 days before it and are cut at it'),
});
export type DemoShopOptions = z.input<typeof DemoShopOptions>;

/** What `writeDemoShop` wrote. */
export const DemoShopSummary = z.object({
  file: z.string().describe('The NDJSON file written'),
  customers: z.number().int(),
  events: z.number().int(),
  first: z.string().nullable().describe('ISO time of the earliest event'),
  last: z.string().nullable().describe('ISO time of the latest event'),
  segments: z.record(z.enum(DEMO_SEGMENTS), z.number().int()).describe('Customers per segment'),
  eventNames: z.record(z.string(), z.number().int()).describe('Events per event name'),
});
export type DemoShopSummary = z.infer<typeof DemoShopSummary>;
