import { derived, orConstant, pick } from '../plan.ts';
import { identifierColumns, type Preset } from './preset.ts';

/** E-mail campaign events (sent, delivered, open, click, bounce, unsubscribe). */
export const emailPreset: Preset = {
  name: 'email',
  plan(src) {
    const action = pick(src, 'event', 'status', 'action');
    const event =
      action &&
      derived(
        `CASE WHEN lower(trim(${action.sql})) LIKE 'email%' THEN lower(trim(${action.sql})) ELSE 'email_' || lower(trim(${action.sql})) END`,
        [action],
      );
    return {
      ...identifierColumns(src),
      timestamp: pick(src, 'timestamp', 'date', 'sent_at'),
      event,
      source: pick(src, 'campaign', 'campaign_name'),
      url: pick(src, 'url', 'link'),
      text: pick(src, 'subject'),
      channel: orConstant(pick(src, 'channel'), 'email'),
    };
  },
};
