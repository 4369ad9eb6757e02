import { el, textLines } from './svg-builder.ts';

/**
 * A generated avatar: the persona's initials on a colour derived from a hash of its seed,
 * so the same persona always gets the same face and different personas rarely share one.
 */

/** FNV-1a, 32 bit: tiny, stable across platforms, good enough to spread colours. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** HSL → #rrggbb; hex because svg-to-pdfkit does not read hsl(). */
function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** The avatar colour of a seed (a persona id or avatarSeed). */
export function avatarColor(seed: string): string {
  return hslToHex(hash(seed) % 360, 0.55, 0.42);
}

/** Up to two initials: first letters of the first two words with letters ("Anna Petrova" → "AP"). */
export function initials(name: string): string {
  const firstLetters = name
    .split(/\s+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  return firstLetters.slice(0, 2).join('').toLocaleUpperCase();
}

/** Photos the picture may show: web addresses and embedded images, nothing scriptable. */
export function isSafePhoto(href: string): boolean {
  return /^https?:\/\//i.test(href) || /^data:image\/(png|jpe?g|gif|webp);base64,/i.test(href);
}

export interface AvatarInput {
  seed: string;
  name: string;
  photo?: string | undefined;
  /** Unique in the picture: names the clip path of the photo. */
  key: string;
}

/**
 * The avatar circle of the given diameter at (x, y) top-left. A photo is drawn over the
 * generated face, so where the photo cannot load (resvg does not fetch URLs) the face shows.
 */
export function drawAvatar(input: AvatarInput, x: number, y: number, size: number): string {
  const r = size / 2;
  const face =
    el('circle', { cx: x + r, cy: y + r, r, fill: avatarColor(input.seed) }) +
    textLines([initials(input.name)], x + r, y + r + size * 0.14, {
      fontSize: size * 0.38,
      fill: '#ffffff',
      bold: true,
      anchor: 'middle',
    });
  if (input.photo === undefined || !isSafePhoto(input.photo)) return face;
  const clipId = `avatar-${input.key}`;
  const clip = el('clipPath', { id: clipId }, el('circle', { cx: x + r, cy: y + r, r }));
  const image = el('image', {
    href: input.photo,
    x,
    y,
    width: size,
    height: size,
    preserveAspectRatio: 'xMidYMid slice',
    'clip-path': `url(#${clipId})`,
  });
  return `${face}${el('defs', {}, clip)}${image}`;
}
