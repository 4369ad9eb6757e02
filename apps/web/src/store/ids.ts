/**
 * A new id for an item created in the editor: a prefix and 8 random base-36 characters,
 * e.g. `c-k3f9x0qa`. Random rather than the next number, so that two people editing the
 * same map at once do not create the same id and a merge keeps both items.
 */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const tail = Array.from(bytes, (b) => (b % 36).toString(36)).join('');
  return `${prefix}-${tail}`;
}
