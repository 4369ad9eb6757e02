import { Resvg } from '@resvg/resvg-js';
import { requireFontFile, SYSTEM_FONT_DIR } from './fonts.ts';

export interface PngOptions {
  /** Pixels per SVG unit; 2 gives a sharp picture on high-density screens. Default 1.5. */
  scale?: number;
}

/**
 * Rasterizes an SVG to PNG with resvg, drawing text with the system fonts (DejaVu Sans
 * for Latin and Cyrillic, WenQuanYi Zen Hei for Chinese). Checks the fonts first, so a
 * machine without them gets an error naming the package instead of a picture without text.
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  requireFontFile('dejavu');
  requireFontFile('zenhei');
  const resvg = new Resvg(svg, {
    font: {
      fontDirs: [SYSTEM_FONT_DIR],
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: options.scale ?? 1.5 },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
