/** How many failed sign-ins within the window lead to 429, by what they share. */
export interface LimiterRules {
  /** Failures for one account from one address (default 5). */
  readonly perAccountAndAddress: number;
  /** Failures for one account from anywhere (default 10): slows a distributed guess. */
  readonly perAccount: number;
  /** Failures from one address for any account (default 30): slows spraying. */
  readonly perAddress: number;
  /** Window in milliseconds (default 15 minutes). */
  readonly windowMs: number;
}

export const DEFAULT_LIMITER_RULES: LimiterRules = {
  perAccountAndAddress: 5,
  perAccount: 10,
  perAddress: 30,
  windowMs: 15 * 60_000,
};

/**
 * Counts failed sign-ins in memory, per account and address, over a sliding window. While a
 * count is at its limit, `blocked` gives the seconds until the oldest failure leaves the
 * window, and sign-in answers 429 without checking the password.
 */
export function signInLimiter(rules: LimiterRules = DEFAULT_LIMITER_RULES, now = () => Date.now()) {
  const failures = new Map<string, number[]>();
  const keys = (account: string, address: string) =>
    [
      [`a:${account}|${address}`, rules.perAccountAndAddress],
      [`a:${account}`, rules.perAccount],
      [`i:${address}`, rules.perAddress],
    ] as const;
  const recent = (key: string) => {
    const since = now() - rules.windowMs;
    const list = (failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  };
  return {
    /** Seconds to wait before another attempt, or 0 when one may try now. */
    blocked(account: string, address: string): number {
      let wait = 0;
      for (const [key, limit] of keys(account, address)) {
        const list = recent(key);
        if (list.length >= limit) {
          const oldest = list[list.length - limit] ?? now();
          wait = Math.max(wait, Math.ceil((oldest + rules.windowMs - now()) / 1000));
        }
      }
      return wait;
    },
    failed(account: string, address: string): void {
      for (const [key] of keys(account, address)) failures.set(key, [...recent(key), now()]);
    },
    /** A correct password clears the account's own counts (not the address's). */
    succeeded(account: string, address: string): void {
      failures.delete(`a:${account}|${address}`);
      failures.delete(`a:${account}`);
    },
  };
}

export type SignInLimiter = ReturnType<typeof signInLimiter>;
