import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  annaMap,
  BANK_METRICS,
  bankMap,
  maryPersona,
  NASTY,
  nastyMap,
  nastyPersona,
} from '../test-fixtures.ts';
import { parseXml, xmlElements, xmlText } from '../test-helpers.ts';
import { mapToPptx } from './pptx-export.ts';

/** Slide XML texts in slide order, and the chart XML files. */
async function readDeck(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const slides = await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''));
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
      .map((name) => zip.file(name)?.async('string') ?? ''),
  );
  return { slides, texts: slides.map(xmlText), charts };
}

describe('mapToPptx', () => {
  it('makes a title slide, the map, one slide per stage, the emotion chart and the opportunities', async () => {
    const map = annaMap();
    const deck = await readDeck(await mapToPptx(map));
    expect(deck.slides).toHaveLength(1 + 1 + map.stages.length + 1 + 1);
    expect(deck.texts[0]).toContain(map.title);
    map.stages.forEach((stage, i) => {
      expect(deck.texts[2 + i]).toContain(stage.name);
    });
    expect(deck.texts.at(-1)).toContain('Отдел e-commerce');
    expect(deck.texts.at(-1)).toContain('запланировано');
  });

  it('draws the map as native shapes and text, not a picture', async () => {
    const { slides, texts } = await readDeck(await mapToPptx(annaMap()));
    const mapSlide = slides[1] ?? '';
    expect(xmlElements(mapSlide).has('p:pic')).toBe(false);
    expect((mapSlide.match(/<p:sp>/g) ?? []).length).toBeGreaterThan(10);
    for (const card of annaMap().cards) expect(texts[1]).toContain(card.text);
  });

  it('charts the emotion curve as a native line chart with the scores', async () => {
    const { charts } = await readDeck(await mapToPptx(annaMap()));
    expect(charts).toHaveLength(1);
    const chart = charts[0] ?? '';
    expect(chart).toContain('<c:lineChart>');
    const values = [...chart.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].map((m) => m[0]).join('');
    expect([...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(['1', '-1', '1', '2']);
  });

  it('shows stage metrics on the stage slides', async () => {
    const { texts } = await readDeck(
      await mapToPptx(bankMap('en'), { metrics: BANK_METRICS, personas: [maryPersona('en')] }),
    );
    expect(texts[2]).toContain('Customers: 12,000');
    expect(texts[3]).toContain('Conversion: 55%');
  });

  it('keeps nasty texts as text in well-formed slide XML', async () => {
    const { slides, texts } = await readDeck(await mapToPptx(nastyMap(), { personas: [nastyPersona()] }));
    for (const slide of slides) expect(() => parseXml(slide)).not.toThrow();
    const all = texts.join('\n');
    for (const value of [NASTY.script, NASTY.amp, NASTY.quotes, NASTY.emoji, NASTY.chinese, NASTY.long]) {
      expect(all).toContain(value);
    }
    expect(slides.some((s) => /<script/i.test(s))).toBe(false);
  });

  it('labels Chinese decks in Chinese with a CJK font', async () => {
    const { slides, texts } = await readDeck(await mapToPptx(bankMap('zh')));
    expect(texts.join('')).toContain('收不到短信验证码');
    expect(slides[1]).toContain('Microsoft YaHei');
  });
});
