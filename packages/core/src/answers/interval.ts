import { z } from 'zod';

/** A 95% interval [low, high] in the unit of its estimate; null when it cannot be computed. */
export const Interval = z
  .tuple([z.number(), z.number()])
  .nullable()
  .describe('95% interval [low, high], in the unit of the estimate; null with too few answers');
export type Interval = z.infer<typeof Interval>;
