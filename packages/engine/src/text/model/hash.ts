/**
 * 32-bit FNV-1a of a string's UTF-16 code units. Hand-written on purpose: training and
 * inference must hash every feature identically forever, the function is five lines, and
 * a hashing library would add a dependency whose output could change between versions.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
