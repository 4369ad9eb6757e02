/** FNV-1a hash of a string: 32-bit, stable across browsers and runs. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Up to two initials of a name: the first letters of its first two words, or the first
 * two characters of a name without spaces in a script without case (e.g. Chinese).
 * @example initials('Anna Petrova') // 'AP'
 * @example initials('王芳') // '王芳'
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const chars = [...(words[0] as string)];
    const caseless = chars[0] !== undefined && chars[0].toLowerCase() === chars[0].toUpperCase();
    return (caseless ? chars.slice(0, 2) : chars.slice(0, 1)).join('').toUpperCase();
  }
  return words
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toUpperCase();
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The background hue (0…359) of the avatar of `seed`. */
export function avatarHue(seed: string): number {
  return hashString(seed) % 360;
}

/**
 * A generated avatar: the initials of `name` on a colour derived from `seed` (the persona
 * id unless it has its own seed). Deterministic: the same input gives the same SVG.
 */
export function avatarSvg(seed: string, name: string, size = 96): string {
  const hue = avatarHue(seed);
  const text = escapeXml(initials(name));
  const fontSize = Math.round(size * (text.length > 2 ? 0.3 : 0.4));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}" rx="${size / 2}" fill="hsl(${hue} 55% 42%)"/>`,
    `<text x="50%" y="50%" dy=".35em" text-anchor="middle" fill="#fff" font-family="sans-serif" `,
    `font-size="${fontSize}" font-weight="600">${text}</text></svg>`,
  ].join('');
}

/** The generated avatar as a `data:` URI for an `<img>`. */
export function avatarDataUri(seed: string, name: string, size = 96): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(avatarSvg(seed, name, size))}`;
}
