/** Bidirectional formatting characters: embeddings, overrides, isolates and marks. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A name made safe to show beside other text: when it holds bidirectional controls (a
 * right-to-left override pasted into a stage name, say) it is wrapped in FSI … PDI, an
 * isolate that ends every embedding or override left open inside it, so the count shown
 * after the name cannot be reversed. Other names are returned as they are.
 *
 * @example isolateBidi('Cart\u202E') // '\u2068Cart\u202E\u2069'
 */
export function isolateBidi(text: string): string {
  return BIDI.test(text) ? `${FSI}${text}${PDI}` : text;
}
