import { z } from 'zod';

/** One stage's or touchpoint's figures on the map. */
export const PlaceFigures = z.object({
  customers: z.number().int(),
  conversion: z.number().nullable().describe('Share of the first stage’s customers who reached it'),
  dropOff: z.number().nullable().describe('Share of the previous stage’s customers lost here'),
  medianSeconds: z.number().nullable().describe('Median time from the previous stage'),
  emotion: z.number().nullable().describe('Data-driven emotion −2 … +2 from texts and survey answers'),
  emotionN: z.number().int().describe('Signals behind `emotion`: scored texts plus valid answers'),
  emotionCi: z.tuple([z.number(), z.number()]).nullable().describe('95% interval of `emotion`'),
  sentiment: z.number().nullable().describe('Mean text sentiment −1 … +1; null without texts'),
});
export type PlaceFigures = z.infer<typeof PlaceFigures>;

/** The figures of a map: per stage id and per touchpoint id, over one conversion window. */
export const MapFigures = z.object({
  windowSeconds: z.number(),
  stages: z.record(z.string(), PlaceFigures),
  touchpoints: z.record(z.string(), PlaceFigures),
});
export type MapFigures = z.infer<typeof MapFigures>;
