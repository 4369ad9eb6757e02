import { isolateBidi } from '@opencjm/core';

/**
 * The one rule for control characters in exported text (every format):
 * - vertical tab and form feed (what Word puts in pasted text for a line or page break)
 *   become a newline;
 * - every other character XML 1.0 forbids — C0 controls except tab, newline and carriage
 *   return, lone surrogates, U+FFFE/U+FFFF — and DEL and the C1 controls (U+007F–U+009F)
 *   are dropped, so PPTX, XLSX and SVG parts stay well-formed XML;
 * - a text holding bidirectional controls (LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, LRM/RLM,
 *   ALM) is wrapped in FSI … PDI (U+2068 … U+2069): an isolate ends every embedding or
 *   override left open inside it, so a right-to-left override in a name cannot reverse the
 *   count printed after it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed are what this finds
const BREAKS = /[\u000B\u000C]/g;
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters exports drop is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A user text made safe for any export by the rule above. */
export function cleanText(text: string): string {
  const cleaned = text.replace(BREAKS, '\n').replace(FORBIDDEN, '');
  return isolateBidi(cleaned);
}

/** A copy of a JSON-like value (a map, persona documents …) with {@link cleanText} applied to every string. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item) => cleanDeep(item)) as T;
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  // Keys too: a record keyed by stage id must still find its (cleaned) stage.
  for (const [key, item] of Object.entries(value)) out[cleanText(key)] = cleanDeep(item);
  return out as T;
}
