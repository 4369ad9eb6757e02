import { existsSync } from 'node:fs';

/**
 * The font files the PNG and PDF outputs draw with, and the Debian package that ships each.
 * Both outputs must show Cyrillic and Chinese as real glyphs, so a missing file is an error
 * that says what to install rather than a picture full of empty boxes.
 */
export const FONT_FILES = {
  dejavu: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', debianPackage: 'fonts-dejavu-core' },
  dejavuBold: {
    path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    debianPackage: 'fonts-dejavu-core',
  },
  zenhei: { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', debianPackage: 'fonts-wqy-zenhei' },
} as const;
export type FontKey = keyof typeof FONT_FILES;

/** Where the system fonts live; resvg scans it for fallbacks (emoji, rare scripts). */
export const SYSTEM_FONT_DIR = '/usr/share/fonts';

/** Thrown when a font file the PNG or PDF output needs is not installed. */
export class MissingFontError extends Error {
  constructor(
    readonly path: string,
    readonly debianPackage: string,
  ) {
    super(`Font file ${path} is missing: install it with \`apt-get install ${debianPackage}\``);
    this.name = 'MissingFontError';
  }
}

/** The path of a font file, or a MissingFontError naming the Debian package to install. */
export function requireFontFile(key: FontKey): string {
  const { path, debianPackage } = FONT_FILES[key];
  if (!existsSync(path)) throw new MissingFontError(path, debianPackage);
  return path;
}
