/** How deep a property value may nest before the rest is shown as text. */
export const MAX_PROPERTY_DEPTH = 32;

/**
 * `value` with everything nested deeper than `maxDepth` levels replaced by its JSON text,
 * cut to 200 characters: a customer's event may carry any JSON, and a few thousand
 * levels would overflow the stack of whoever serialises the timeline.
 *
 * @example limitDepth({ a: { b: 1 } }, 1) // { a: '{"b":1}' }
 */
export function limitDepth(value: unknown, maxDepth = MAX_PROPERTY_DEPTH): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (maxDepth <= 0) return shortJson(value);
  if (Array.isArray(value)) return value.map((item) => limitDepth(item, maxDepth - 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, limitDepth(item, maxDepth - 1)]),
  );
}

/** The start of a value's JSON text, without stringifying what may be too deep to stringify. */
function shortJson(value: object): string {
  const parts: string[] = [];
  let length = 0;
  // Walk iteratively: the value may be nested far deeper than the stack allows.
  const stack: unknown[] = [value];
  while (stack.length > 0 && length < 200) {
    const next = stack.pop();
    let piece: string;
    if (Array.isArray(next)) {
      piece = '[';
      stack.push(']', ...[...next].reverse());
    } else if (typeof next === 'object' && next !== null) {
      piece = '{';
      stack.push(
        '}',
        ...Object.entries(next)
          .reverse()
          .flatMap(([k, v]) => [v, `${JSON.stringify(k)}:`]),
      );
    } else piece = typeof next === 'string' && /^[\]}]$|:$/.test(next) ? next : JSON.stringify(next);
    parts.push(piece);
    length += piece.length;
  }
  const text = parts.join('');
  return stack.length > 0 ? `${text.slice(0, 200)}…` : text;
}
