import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportMap } from './export.ts';
import { BANK_DATA, bankMapWithDataPain, maryPersona, PAIN_SOURCE } from './test-fixtures.ts';
import { pdfText, pngSize } from './test-helpers.ts';

/** Exports "with data" and without, read back from the real files. */

const map = bankMapWithDataPain();
const options = { personas: [maryPersona('ru')] };
const squash = (text: string) => text.replace(/\s+/g, '');

describe('exports with data', () => {
  it('SVG: all figures per stage, the dashed data curve with its legend, the source of accepted pains', async () => {
    const svg = String(await exportMap(map, 'svg', { ...options, data: BANK_DATA }));
    for (const text of [
      'Метрики этапа',
      'Эмоция (данные)',
      '−1,3 (95)',
      'Тональность',
      '−0,41',
      'NPS',
      '−12',
      'по данным',
    ])
      expect(svg).toContain(`>${text}<`);
    expect(svg).toMatch(
      /<g data-curve="data"><path d="M[^"]+" fill="none" stroke="#00695c"[^>]*stroke-dasharray/,
    );
    expect(svg).toContain(PAIN_SOURCE.slice(0, 20));

    const plain = String(await exportMap(map, 'svg', options));
    expect(plain).not.toContain('data-curve="data"');
    expect(plain).not.toContain('Эмоция (данные)');
    expect(plain).not.toContain(PAIN_SOURCE.slice(0, 20));
  });

  it('PNG: the figures make the picture taller, not wider', async () => {
    const withData = pngSize((await exportMap(map, 'png', { ...options, data: BANK_DATA })) as Uint8Array);
    const plain = pngSize((await exportMap(map, 'png', options)) as Uint8Array);
    expect(withData.width).toBe(plain.width);
    expect(withData.height).toBeGreaterThan(plain.height + 100);
  });

  it('PDF: the figures, the data emotion and the pain source are text', async () => {
    const text = squash(
      pdfText((await exportMap(map, 'pdf', { ...options, data: BANK_DATA })) as Uint8Array),
    );
    for (const value of ['Эмоция (данные)', 'Тональность', 'NPS', 'по данным', 'отток по этапам воронки'])
      expect(text).toContain(squash(value));
    const plain = squash(pdfText((await exportMap(map, 'pdf', options)) as Uint8Array));
    expect(plain).not.toContain(squash('Эмоция (данные)'));
  });

  it('HTML: the map fits the window and the figures and pains are tables by name', async () => {
    const html = String(await exportMap(map, 'html', { ...options, data: BANK_DATA }));
    expect(html).toContain('.map svg { display: block; width: 100%; height: auto; }');
    expect(html).not.toMatch(/body \{[^}]*max-width/);
    expect(html).toMatch(/<div class="map"><svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(html).toContain('<h2>Данные клиентов</h2>');
    expect(html).toMatch(/<tr><td>Заявка<\/td><td>4\s800<\/td><td>40\s%<\/td>/u);
    expect(html).toContain('<h3>Боли, найденные в данных</h3>');
    expect(html).toContain(`<td>${PAIN_SOURCE}</td>`);
    expect(html).not.toContain('<td>apply</td>');
    expect(String(await exportMap(map, 'html', options))).not.toContain('Данные клиентов');
  });
});

describe('exports with data over a period', () => {
  const data = { ...BANK_DATA, period: { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' } };
  /** Intl spaces dates with narrow no-break spaces; the files keep them, the test reads words. */
  const words = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
  const caption = 'Период: 1–31 янв. 2026 г. · Окно конверсии: 7 дн.';

  it('say the period and the window beside the figures in every format', async () => {
    // the SVG wraps the line to the lane title's width: compare its words
    const svg = String(await exportMap(map, 'svg', { ...options, data }));
    expect(squash(words(svg.replace(/<[^>]+>/g, ' ')))).toContain(squash(caption));
    expect(squash(pdfText((await exportMap(map, 'pdf', { ...options, data })) as Uint8Array))).toContain(
      squash(words(caption)),
    );
    expect(words(String(await exportMap(map, 'html', { ...options, data })))).toContain(`<p>${caption}</p>`);
    expect(words(String(await exportMap(map, 'md', { ...options, data })))).toContain(caption);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      ((await exportMap(map, 'xlsx', { ...options, data })) as Uint8Array).slice().buffer,
    );
    const cells = (name: string) => {
      const found: string[] = [];
      workbook.getWorksheet(name)?.eachRow((row) => row.eachCell((cell) => found.push(words(cell.text))));
      return found;
    };
    expect(cells('Данные клиентов')).toContain(caption);
    expect(cells('Карта')).toContain(caption);

    const zip = await JSZip.loadAsync((await exportMap(map, 'pptx', { ...options, data })) as Uint8Array);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    expect(slides.some((xml) => words(xml).includes(caption))).toBe(true);
  });

  it('say "all time" when the figures have no period', async () => {
    const html = words(String(await exportMap(map, 'html', { ...options, data: BANK_DATA })));
    expect(html).toContain('<p>Период: всё время · Окно конверсии: 7 дн.</p>');
  });
});

describe('exports with data that measured nothing', () => {
  /** What the engine gives a map no event is bound to: zero customers everywhere. */
  const empty = {
    windowSeconds: 7 * 86_400,
    stages: Object.fromEntries(
      map.stages.map((s) => [
        s.id,
        { customers: 0, conversion: null, dropOff: null, medianSeconds: null, emotion: null, emotionN: 0 },
      ]),
    ),
  };
  const noData = 'К этой карте пока не привязаны данные клиентов';

  it('say "no data" instead of printing zeros, in every format', async () => {
    const svg = String(await exportMap(map, 'svg', { ...options, data: empty }));
    expect(svg).toContain(`>${noData}<`);
    expect(svg).not.toContain('>Клиенты<');
    expect(String(await exportMap(map, 'md', { ...options, data: empty }))).toContain(noData);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      ((await exportMap(map, 'xlsx', { ...options, data: empty })) as Uint8Array).slice().buffer,
    );
    expect(workbook.getWorksheet('Данные клиентов')?.getCell('A1').text).toBe(noData);
    expect(workbook.getWorksheet('Карта')?.getColumn(2).values).not.toContain('Клиенты');

    const zip = await JSZip.loadAsync(
      (await exportMap(map, 'pptx', { ...options, data: empty })) as Uint8Array,
    );
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    expect(slides.some((xml) => xml.includes(noData))).toBe(true);
    expect(slides.some((xml) => xml.includes('Клиенты: 0'))).toBe(false);
  });
});
