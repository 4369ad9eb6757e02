/**
 * A token bucket per key: `perSecond` requests on average, bursts up to `burst`.
 * Hand-written: a few lines over a Map, where a plugin would need a store and a hook of
 * its own for a limit keyed by our API keys.
 */
export function keyRateLimit(perSecond: number, burst: number, now = () => Date.now()) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** Seconds to wait, or 0 when the request may go (and is counted). */
    take(key: string): number {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: t };
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / perSecond);
      bucket.tokens -= 1;
      return 0;
    },
  };
}
