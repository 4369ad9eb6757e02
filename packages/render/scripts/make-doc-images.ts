/**
 * Draws the example map (Anna buys a laptop) in Russian and Chinese to docs/, the
 * pictures the README shows. Run from the repository root:
 *
 *   npx tsx packages/render/scripts/make-doc-images.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annaPersona, type Language, laptopPurchaseMap } from '@opencjm/core';
import { renderMapSvg, type StageMetrics, svgToPng } from '../src/index.ts';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../../docs');

/** Illustrative numbers, so the metrics row shows; not from real data. */
const METRICS: StageMetrics = {
  awareness: { customers: 48_000, conversion: 0.31, dropOff: 0.69, medianSeconds: 40 },
  consideration: { customers: 14_880, conversion: 0.22, dropOff: 0.78, medianSeconds: 1_260 },
  purchase: { customers: 3_274, conversion: 0.87, dropOff: 0.13, medianSeconds: 300 },
  usage: { customers: 2_848, conversion: 0.64, medianSeconds: 86_400 * 9 },
  loyalty: { customers: 1_823 },
};

for (const lang of ['ru', 'zh'] as const satisfies readonly Language[]) {
  const svg = renderMapSvg(laptopPurchaseMap(lang), { personas: [annaPersona(lang)], metrics: METRICS });
  const path = join(DOCS, `example-map-${lang}.png`);
  const png = svgToPng(svg, { scale: 1.25 });
  writeFileSync(path, png);
  process.stdout.write(`${path} (${Math.round(png.byteLength / 1024)} KB)\n`);
}
