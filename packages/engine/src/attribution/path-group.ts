/**
 * Customers who share one path: the ordered channels (or touchpoints) before their first
 * conversion, or their whole journey when they never converted.
 */
export interface PathGroup {
  readonly path: readonly string[];
  /** Customers with this path who converted. */
  readonly conversions: number;
  /** Customers with this path who did not. */
  readonly nulls: number;
  /** Sum of the value of their first conversions (0 without a value). */
  readonly value: number;
}

/** Credit earned by each channel: conversions and value, fractional. */
export type Credit = Map<string, { conversions: number; value: number }>;

/** Adds `share` of a group's conversions and value to `channel`. */
export function addCredit(credit: Credit, channel: string, group: PathGroup, share: number): void {
  const entry = credit.get(channel) ?? { conversions: 0, value: 0 };
  entry.conversions += group.conversions * share;
  entry.value += group.value * share;
  credit.set(channel, entry);
}
