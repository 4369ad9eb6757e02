import { column, pick } from '../plan.ts';
import type { Preset } from './preset.ts';

/**
 * Process-mining logs (pm4py / XES flattening): the case is the customer, the activity the
 * event. Every other column (org:resource, lifecycle:transition, case attributes) goes to
 * properties.
 */
export const processLogPreset: Preset = {
  name: 'process-log',
  plan: (src) => ({
    timestamp: column(src, 'time:timestamp'),
    event: column(src, 'concept:name'),
    customer_id: column(src, 'case:concept:name'),
    channel: pick(src, 'case:channel'),
  }),
};
