import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '../svg/render-map-svg.ts';
import { annaMap, bankMap, maryPersona, NASTY, nastyMap } from '../test-fixtures.ts';
import { pdfPageSize, pdfText } from '../test-helpers.ts';
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

  it('lays out A4 and A3 landscape pages, or a page the size of the map', async () => {
    const svg = renderMapSvg(bankMap('en'));
    const a4 = pdfPageSize(await svgToPdf(svg, { page: 'a4' }));
    expect([Math.round(a4.width), Math.round(a4.height), a4.pages]).toEqual([842, 595, 1]);
    const a3 = pdfPageSize(await svgToPdf(svg, { page: 'a3' }));
    expect([Math.round(a3.width), Math.round(a3.height)]).toEqual([1191, 842]);
    const fit = pdfPageSize(await svgToPdf(svg, { page: 'fit' }));
    const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
    expect(fit.width).toBeCloseTo(width * 0.75 + 48, 0);
  });

  it('names the Debian package of a missing font', () => {
    const error = new MissingFontError('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'fonts-wqy-zenhei');
    expect(error.message).toContain('apt-get install fonts-wqy-zenhei');
    expect(error.message).toContain('wqy-zenhei.ttc');
  });
});
