import { derived, pick } from '../plan.ts';
import type { Preset } from './preset.ts';

/**
 * Segment / RudderStack event JSON (track, identify, page, screen). A page call becomes
 * `page_view`, a screen call `screen_view`; the anonymous id, user id and e-mail from the
 * traits are identifiers, so stitching links a visitor to the signed-in customer.
 */
export const segmentPreset: Preset = {
  name: 'segment',
  plan(src) {
    const type = pick(src, 'type');
    const name = pick(src, 'event');
    const typeSql = type?.sql ?? 'NULL';
    const event = derived(
      `coalesce(CASE lower(${typeSql}) WHEN 'page' THEN 'page_view' WHEN 'screen' THEN 'screen_view' END, nullif(trim(${name?.sql ?? 'NULL'}), ''), lower(${typeSql}))`,
      [name, type].filter((e) => e !== undefined),
    );
    return {
      timestamp: pick(src, 'timestamp', 'originalTimestamp', 'sentAt', 'receivedAt'),
      event,
      anonymous_id: pick(src, 'anonymousId', 'anonymous_id'),
      user_id: pick(src, 'userId', 'user_id'),
      email: pick(src, 'traits.email', 'context.traits.email', 'properties.email', 'email'),
      url: pick(src, 'context.page.url', 'properties.url'),
      channel: pick(src, 'context.channel', 'channel'),
      event_id: pick(src, 'messageId', 'message_id'),
      value: pick(src, 'properties.revenue', 'properties.value', 'properties.total'),
    };
  },
};
