import { createHash } from 'node:crypto';

/** Characters of a quarantined record kept whole; a longer one keeps a prefix and a hash. */
export const RAW_KEEP = 64 * 1024;
/** Characters kept of a record longer than {@link RAW_KEEP}. */
export const RAW_PREFIX = 1024;

/**
 * The raw text of a bad record for the quarantine: whole up to {@link RAW_KEEP} characters,
 * else its first {@link RAW_PREFIX} characters, with a note giving its size and SHA-256
 * (of its UTF-8 bytes) for the reason.
 */
export function clipRaw(text: string): { raw: string; note: string } {
  if (text.length <= RAW_KEEP) return { raw: text, note: '' };
  const sha = createHash('sha256').update(text).digest('hex');
  return {
    raw: text.slice(0, RAW_PREFIX),
    note: `; kept: its first ${RAW_PREFIX} of ${text.length} characters, SHA-256 ${sha}`,
  };
}
