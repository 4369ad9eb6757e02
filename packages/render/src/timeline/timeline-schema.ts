import { Language, Stage } from '@opencjm/core';
import { z } from 'zod';

/** One event of one customer, as the engine's cross-referenced timeline gives it. */
export const TimelineEvent = z.object({
  ts: z.iso.datetime({ offset: true }).describe('When, ISO 8601 with a zone; shown in that zone'),
  event: z.string().min(1).describe('Event name or activity'),
  channel: z.string().optional(),
  stage: z.string().optional().describe('Id of the map stage the event falls in'),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const TimelineOptions = z.object({
  title: z.string().optional(),
  customer: z.string().optional().describe('Who the timeline is of (an id or a name)'),
  lang: Language.default('en'),
  stages: z.array(Stage).default([]).describe('Stages of the map, to name and colour events by stage'),
});
export type TimelineOptions = z.infer<typeof TimelineOptions>;
export type TimelineOptionsInput = z.input<typeof TimelineOptions>;
