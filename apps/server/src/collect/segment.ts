import { z } from 'zod';

/** A Segment / RudderStack HTTP API call: track, identify, page or screen. */
export const SegmentCall = z
  .object({
    type: z.enum(['track', 'identify', 'page', 'screen']).optional(),
    messageId: z.string().optional(),
    timestamp: z.string().optional(),
    originalTimestamp: z.string().optional(),
    sentAt: z.string().optional(),
    event: z.string().optional(),
    name: z.string().optional(),
    userId: z.union([z.string(), z.number()]).optional(),
    anonymousId: z.union([z.string(), z.number()]).optional(),
    traits: z.record(z.string(), z.unknown()).optional(),
    properties: z.record(z.string(), z.unknown()).optional(),
    context: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();
export type SegmentCall = z.infer<typeof SegmentCall>;

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * A Segment call as an OpenCJM collect event (checked afterwards like any other): a page
 * call is `page_view`, a screen call `screen_view`, an identify call `identify`; the
 * e-mail comes from the traits. The `type` of a single call is given by its path.
 */
export function segmentToEvent(
  call: SegmentCall,
  type: NonNullable<SegmentCall['type']>,
  now: Date,
): Record<string, unknown> {
  const context = record(call.context);
  const traits = { ...record(context.traits), ...record(call.traits) };
  const page = record(context.page);
  const properties = record(call.properties);
  const event =
    type === 'track'
      ? call.event
      : type === 'page'
        ? 'page_view'
        : type === 'screen'
          ? 'screen_view'
          : 'identify';
  return {
    event_id: call.messageId,
    timestamp: call.timestamp ?? call.originalTimestamp ?? now.toISOString(),
    event,
    anonymous_id: text(call.anonymousId),
    user_id: text(call.userId),
    email: text(traits.email),
    channel: text(context.channel) ?? (type === 'page' ? 'website' : undefined),
    url: text(page.url) ?? text(properties.url),
    properties: type === 'identify' ? traits : { ...properties, ...(call.name ? { name: call.name } : {}) },
  };
}
