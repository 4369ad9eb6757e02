import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportMap } from './export.ts';
import { BANK_DATA, bankMapWithDataPain, maryPersona } from './test-fixtures.ts';
import { pdfText } from './test-helpers.ts';

/**
 * The PPTX and XLSX exports opened by LibreOffice, as a reader would open them: each file is
 * converted to PDF by `soffice --headless` and its first pages to PNG by `pdftoppm`, kept in
 * test-output/exports/ to look at. `.ci/run` installs LibreOffice (Debian's
 * libreoffice-impress and libreoffice-calc) and poppler-utils.
 */

const OUT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../test-output/exports');
const map = bankMapWithDataPain();
const options = { personas: [maryPersona('ru')], data: BANK_DATA };
const squash = (text: string) => text.replace(/\s+/g, '');

/** LibreOffice's PDF of `file`, and the PNG pictures of its first `pages` pages in OUT. */
function render(name: string, bytes: Uint8Array, pages: number): { pdf: Uint8Array; pngs: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-office-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  // A profile of its own: LibreOffice refuses to start twice on one profile.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdfFile = file.replace(/\.\w+$/, '.pdf');
  mkdirSync(OUT, { recursive: true });
  const stem = name.replace('.', '-');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-l',
    String(pages),
    pdfFile,
    join(OUT, `libreoffice-${stem}`),
  ]);
  const pngs = readdirSync(OUT).filter((f) => f.startsWith(`libreoffice-${stem}`) && f.endsWith('.png'));
  return { pdf: readFileSync(pdfFile), pngs };
}

function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
}

describe('exports opened by LibreOffice', () => {
  it('PPTX with data: every slide opens, with the stage names, figures and persona as text', async () => {
    const pptx = (await exportMap(map, 'pptx', options)) as Uint8Array;
    const { pdf, pngs } = render('bank-map-with-data.pptx', pptx, 4);
    const text = squash(pdfText(pdf));
    for (const stage of map.stages) expect(text).toContain(squash(stage.name));
    for (const value of ['Эмоция (данные)', 'NPS', 'Мария']) expect(text).toContain(squash(value));
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(4);
    expect(pngs.length).toBeGreaterThanOrEqual(4);
  }, 180_000);

  it('XLSX with data: the sheets print landscape, one page wide, in the map’s language', async () => {
    const xlsx = (await exportMap(map, 'xlsx', options)) as Uint8Array;
    const { pdf, pngs } = render('bank-map-with-data.xlsx', xlsx, 2);
    const text = squash(pdfText(pdf));
    for (const stage of map.stages) expect(text).toContain(squash(stage.name));
    expect(text).toContain(squash('Тональность'));
    // landscape: the first page's media box is wider than tall
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(
      Buffer.from(pdf).toString('latin1'),
    );
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
    expect(pngs.length).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
