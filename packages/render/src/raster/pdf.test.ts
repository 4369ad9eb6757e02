import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '../svg/render-map-svg.ts';
import { annaMap, bankMap, maryPersona, NASTY, nastyMap } from '../test-fixtures.ts';
import { pdfPageSize, pdfText, pdfWords } from '../test-helpers.ts';
import { MissingFontError } from './fonts.ts';
import { svgToPdf } from './pdf.ts';

/** pdftotext breaks lines where the picture does; compare texts without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('svgToPdf', () => {
  it('writes Cyrillic as real text', async () => {
    const text = squash(pdfText(await svgToPdf(renderMapSvg(annaMap()))));
    for (const value of [
      'Покупка ноутбука онлайн',
      'Осведомленность',
      'Фильтры каталога неудобны',
      'Ответственный: Отдел',
    ]) {
      expect(text).toContain(squash(value));
    }
  });

  it('writes Chinese as real text', async () => {
    const text = squash(
      pdfText(await svgToPdf(renderMapSvg(bankMap('zh'), { personas: [maryPersona('zh')] }))),
    );
    for (const value of ['银行开户', '在网站上填写申请表', '收不到短信验证码', '数字渠道部', '玛丽']) {
      expect(text).toContain(value);
    }
  });

  it('keeps nasty texts as text, Cyrillic and Chinese included', async () => {
    const text = squash(pdfText(await svgToPdf(renderMapSvg(nastyMap()))));
    for (const value of [NASTY.script, NASTY.amp, NASTY.quotes, NASTY.chinese, 'Очень длинная карточка']) {
      expect(text).toContain(squash(value));
    }
  });

  it('lays out A4, Letter and A3 landscape pages, or a page the size of the map', async () => {
    const svg = renderMapSvg(bankMap('en'));
    const a4 = pdfPageSize(await svgToPdf(svg, { page: 'a4' }));
    expect([Math.round(a4.width), Math.round(a4.height), a4.pages]).toEqual([842, 595, 1]);
    const letter = pdfPageSize(await svgToPdf(svg, { page: 'letter' }));
    expect([Math.round(letter.width), Math.round(letter.height), letter.pages]).toEqual([792, 612, 1]);
    const a3 = pdfPageSize(await svgToPdf(svg, { page: 'a3' }));
    expect([Math.round(a3.width), Math.round(a3.height)]).toEqual([1191, 842]);
    const fit = pdfPageSize(await svgToPdf(svg, { page: 'fit' }));
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    expect(fit.width).toBeCloseTo(width * 0.75 + 48, 0);
  });

  it.each(['a4', 'letter'] as const)(
    'fills the %s page: the map spans the width between the margins, a tall map continues on more pages cut between rows',
    async (page) => {
      const map = annaMap();
      const pdf = await svgToPdf(renderMapSvg(map), { page });
      const size = pdfPageSize(pdf);
      const words = pdfWords(pdf);
      const spread = Math.max(...words.map((w) => w.xMax)) - Math.min(...words.map((w) => w.xMin));
      // Text sits inside the cells, so it spans a little less than the picture.
      expect(spread).toBeGreaterThan(0.8 * (size.width - 48));

      const tall = {
        ...map,
        cards: [
          ...map.cards,
          ...Array.from({ length: 24 }, (_, i) => ({
            id: `extra-${i}`,
            lane: 'actions',
            stage: map.stages[i % map.stages.length]?.id ?? 'awareness',
            text: `Сравнивает предложение номер ${i + 1} с тем, что видел у других продавцов`,
            evidence: 'observed' as const,
            sources: [],
          })),
        ],
      };
      const paged = await svgToPdf(renderMapSvg(tall), { page });
      const pagedSize = pdfPageSize(paged);
      expect(pagedSize.pages).toBeGreaterThan(1);
      const pagedWords = pdfWords(paged);
      for (let p = 1; p <= pagedSize.pages; p++) {
        const onPage = pagedWords.filter((w) => w.page === p);
        expect(onPage.length).toBeGreaterThan(0);
        const lowest = Math.max(...onPage.map((w) => w.yMax));
        expect(lowest).toBeLessThanOrEqual(pagedSize.height - 24 + 1);
        // A page before the last is filled: a tall row is cut between its cards, not moved whole.
        if (p < pagedSize.pages) expect(lowest).toBeGreaterThan(0.75 * pagedSize.height);
        // Every page starts with the stage names, so each column is named.
        const stage = onPage.find((w) => w.text === map.stages[0]?.name);
        expect(stage?.yMin, `page ${p}`).toBeLessThan(p === 1 ? pagedSize.height / 2 : 24 + 40);
      }
      // A card's text is as large as on the one-page map: the page width sets the scale.
      const glyph = (ws: typeof words) => {
        const w = ws.find((x) => x.text === 'Сравнивает');
        return w ? w.yMax - w.yMin : 0;
      };
      expect(glyph(pagedWords)).toBeGreaterThanOrEqual(glyph(words) * 0.99);
      // No row is cut: every card text of the tall map is on some page, whole.
      const text = squash(pdfText(paged));
      expect(text).toContain(squash('Сравнивает предложение номер 24 с тем, что видел у других продавцов'));
      // Rows off a page are left out of it, not only hidden: each text is found once.
      for (let i = 1; i <= 24; i++)
        expect(text.split(squash(`предложение номер ${i} с тем`)).length - 1, `card ${i}`).toBe(1);
      expect(text.split(squash(map.title)).length - 1).toBe(1);
    },
  );

  it('names the Debian package of a missing font', () => {
    const error = new MissingFontError('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'fonts-wqy-zenhei');
    expect(error.message).toContain('apt-get install fonts-wqy-zenhei');
    expect(error.message).toContain('wqy-zenhei.ttc');
  });
});
