import { orConstant, pick } from '../plan.ts';
import { identifierColumns, type Preset } from './preset.ts';

/** CRM exports: one row per stage change of a contact (`lead`, `qualified`, `won` …). */
export const crmPreset: Preset = {
  name: 'crm',
  plan: (src) => ({
    ...identifierColumns(src),
    timestamp: pick(src, 'timestamp', 'date', 'created_at', 'updated_at'),
    event: pick(src, 'event', 'stage'),
    channel: orConstant(pick(src, 'channel'), 'crm'),
    source: pick(src, 'source'),
    value: pick(src, 'value', 'amount', 'deal_value'),
  }),
};
