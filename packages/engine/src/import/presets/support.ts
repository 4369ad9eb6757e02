import { derived, orConstant, pick } from '../plan.ts';
import { identifierColumns, type Preset } from './preset.ts';

/** Support tickets and their messages; the subject and body become the event's text. */
export const supportPreset: Preset = {
  name: 'support',
  plan(src) {
    const parts = [pick(src, 'subject'), pick(src, 'text', 'message', 'body', 'description')].filter(
      (e) => e !== undefined,
    );
    const text =
      parts.length > 0
        ? derived(
            `nullif(concat_ws(E'\\n', ${parts.map((e) => `nullif(trim(${e.sql}), '')`).join(', ')}), '')`,
            parts,
          )
        : undefined;
    return {
      ...identifierColumns(src),
      timestamp: pick(src, 'timestamp', 'created_at', 'date'),
      event: orConstant(pick(src, 'event'), 'support_ticket'),
      text,
      score: pick(src, 'csat', 'score'),
      channel: orConstant(pick(src, 'channel'), 'support'),
    };
  },
};
