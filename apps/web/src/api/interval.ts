import { z } from 'zod';

/**
 * A 95% interval `[low, high]` in the unit of its estimate, or `null` when the server sends
 * none (too few answers) or something else: a missing interval is shown as "—", never as
 * an error.
 */
export const Interval = z
  .tuple([z.number(), z.number()])
  .nullable()
  .catch(null)
  .describe('95% interval [low, high] in the unit of the estimate');
export type Interval = z.infer<typeof Interval>;
