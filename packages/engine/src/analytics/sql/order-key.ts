/**
 * Journey order packed into one sortable DuckDB HUGEINT: the event's instant (µs, shifted
 * by 2^62 so it is never negative) in the high 64 bits, then `seq` (file order for equal
 * instants), then a small payload in the lowest `payloadBits` bits. Sorting a list of
 * these keys orders a customer's events by (ts, seq) far faster than sorting structs, and
 * the payload (a code, a step number) rides along. Holds while seq < 2^(64 − payloadBits).
 * Operators are fully parenthesised: DuckDB gives `<<`, `|` and `&` equal precedence.
 */
export function orderKey(payloadBits: number, payload: string): string {
  return `(((epoch_us(ts) + ${TS_SHIFT})::HUGEINT << 64) | (seq::HUGEINT << ${payloadBits}) | (${payload}))`;
}

/** The instant (µs since the epoch, BIGINT) of an {@link orderKey} expression. */
export function keyMicros(key: string): string {
  return `(CAST((${key}) >> 64 AS BIGINT) - ${TS_SHIFT})`;
}

/** The payload of an {@link orderKey} expression, as INTEGER. */
export function keyPayload(key: string, payloadBits: number): string {
  return `CAST((${key}) & ${2 ** payloadBits - 1} AS INTEGER)`;
}

const TS_SHIFT = '4611686018427387904';
