/**
 * The instant a link chosen to expire "after" a date stops working: the end of that day in
 * the member's time zone, as ISO 8601 UTC. Null for an empty or invalid date, or a past day.
 * @example expiryOf('2026-12-31', new Date('2026-12-07')) // '2026-12-31T23:59:59.999Z' in UTC
 */
export function expiryOf(date: string, now: Date = new Date()): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999);
  if (Number.isNaN(end.getTime()) || end.getTime() <= now.getTime()) return null;
  return end.toISOString();
}

/** The full address of a share link from the path the server gives (`/shared/TOKEN`). */
export function shareAddress(origin: string, url: string): string {
  return new URL(url, origin).toString();
}
