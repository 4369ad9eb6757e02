import { annaPersona, createMapFromTemplate, laptopPurchaseMap, TEMPLATES } from '@opencjm/core';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BANK_DATA, bankMapWithDataPain, maryPersona, PAIN_SOURCE } from '../test-fixtures.ts';
import { xmlText } from '../test-helpers.ts';
import { measureText } from '../text/text-wrap.ts';
import { mapToPptx } from './pptx-export.ts';

/**
 * The deck read back from its XML: every text box with its width, insets and runs, so the
 * tests check what PowerPoint will get — font sizes and whether a word fits its line.
 */

const EMU_PER_PT = 12_700;
/** PowerPoint's default text inset, EMU (0.1 in), used when bodyPr names none. */
const DEFAULT_INSET = 91_440;

interface Run {
  text: string;
  size: number;
  bold: boolean;
  /** Indent of the run's paragraph (bullets), points. */
  indent: number;
}
interface TextBox {
  width: number;
  runs: Run[];
}

function textBoxes(slide: string): TextBox[] {
  return [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap(([, sp = '']) => {
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
    const body = /<a:bodyPr([^>]*)>/.exec(sp)?.[1] ?? '';
    const inset = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(body)?.[1] ?? DEFAULT_INSET);
    if (!ext) return [];
    const width = (Number(ext[1]) - inset('lIns') - inset('rIns')) / EMU_PER_PT;
    const runs = [...sp.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].flatMap(([, p = '']) => {
      const indent = Number(/marL="(\d+)"/.exec(p)?.[1] ?? 0) / EMU_PER_PT;
      return [...p.matchAll(/<a:r><a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map(
        ([, attrs = '', text = '']) => ({
          text: xmlText(`<t>${text}</t>`),
          size: Number(/ sz="(\d+)"/.exec(attrs)?.[1] ?? 1800) / 100,
          bold: / b="1"/.test(attrs),
          indent,
        }),
      );
    });
    return runs.length === 0 ? [] : [{ width, runs }];
  });
}

/** The cells of every table on a slide, as text boxes as wide as their column. */
function tableCells(slide: string): TextBox[] {
  return [...slide.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].flatMap(([, table = '']) => {
    const widths = [...table.matchAll(/<a:gridCol w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    return [...table.matchAll(/<a:tr[^>]*>([\s\S]*?)<\/a:tr>/g)].flatMap(([, row = '']) =>
      [...row.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].map(([, cell = ''], c) => {
        const marL = Number(/marL="(\d+)"/.exec(/<a:tcPr[^>]*>/.exec(cell)?.[0] ?? '')?.[1] ?? DEFAULT_INSET);
        const marR = Number(/marR="(\d+)"/.exec(/<a:tcPr[^>]*>/.exec(cell)?.[0] ?? '')?.[1] ?? DEFAULT_INSET);
        const runs = [...cell.matchAll(/<a:r><a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map(
          ([, attrs = '', text = '']) => ({
            text: xmlText(`<t>${text}</t>`),
            size: Number(/ sz="(\d+)"/.exec(attrs)?.[1] ?? 1800) / 100,
            bold: / b="1"/.test(attrs),
            indent: 0,
          }),
        );
        return { width: ((widths[c] ?? 0) - marL - marR) / EMU_PER_PT, runs };
      }),
    );
  });
}

async function deck(bytes: Uint8Array) {
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
  return {
    slides,
    texts: slides.map((s) => xmlText(s).trim()),
    boxes: slides.map((slide) => [...textBoxes(slide), ...tableCells(slide)]),
    charts,
  };
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words wider than their line (PowerPoint would break them) and runs under 10 pt. */
function defects(boxes: readonly TextBox[]): string[] {
  const found: string[] = [];
  for (const box of boxes) {
    for (const run of box.runs) {
      if (run.size < 10) found.push(`${run.size} pt: ${run.text}`);
      for (const { segment, isWordLike } of words.segment(run.text)) {
        if (isWordLike && measureText(segment, run.size, run.bold) > box.width - run.indent)
          found.push(`"${segment}" wider than ${Math.round(box.width - run.indent)} pt`);
      }
    }
  }
  return found;
}

/** A map built to overflow: nine stages, long cards with long words, in every lane. */
function crowdedMap() {
  const map = laptopPurchaseMap('ru');
  const stages = Array.from({ length: 9 }, (_, i) => ({
    id: `s${i}`,
    name: `Этап номер ${i + 1}: достопримечательности`,
  }));
  const cards = map.lanes.flatMap((lane) =>
    lane.type === 'emotion'
      ? []
      : stages.flatMap((stage, i) =>
          Array.from({ length: 3 }, (_, k) => ({
            id: `x-${lane.id}-${i}-${k}`,
            lane: lane.id,
            stage: stage.id,
            text: `Высокопроизводительный ноутбук сравнивается с конкурентами по характеристикам и стоимости, вариант ${k + 1}`,
            evidence: 'hypothesis' as const,
            sources: [],
          })),
        ),
  );
  return {
    ...map,
    stages,
    cards,
    emotions: stages.map((s, i) => ({ stage: s.id, score: (i % 5) - 2 })),
    touchpoints: [],
    opportunities: stages.map((s, i) => ({
      id: `o${i}`,
      title: `Упростить этап ${i + 1}`,
      stage: s.id,
      pains: [],
      owner: 'Отдел электронной коммерции',
      status: 'idea' as const,
    })),
    kpis: [],
  };
}

const TEMPLATE_IDS = TEMPLATES.map((template) => template.id);

describe('PPTX text quality', () => {
  it.each(['ru', 'en', 'zh'] as const)(
    'never sets text under 10 pt and never makes PowerPoint break a word, on the %s laptop map',
    async (lang) => {
      const { boxes } = await deck(
        await mapToPptx(laptopPurchaseMap(lang), { personas: [annaPersona(lang)] }),
      );
      // The opportunities table is checked too: its header words must fit their columns.
      const effort = { ru: 'Трудозатраты', en: 'Effort', zh: '工作量' }[lang];
      expect(boxes.flat().some((box) => box.runs.some((run) => run.text === effort))).toBe(true);
      expect(defects(boxes.flat())).toEqual([]);
    },
  );

  it.each(TEMPLATE_IDS.flatMap((id) => (['ru', 'en', 'zh'] as const).map((lang) => [id, lang] as const)))(
    'exports a new %s map in %s: lane titles with long words widen their column, never break',
    async (id, lang) => {
      const map = createMapFromTemplate(id, {
        language: lang,
        title: 'Покупка ноутбука онлайн',
        id: 'new-map',
      });
      const { boxes, texts } = await deck(await mapToPptx(map));
      expect(defects(boxes.flat())).toEqual([]);
      for (const lane of map.lanes)
        expect(
          texts.some((text) => text.includes(lane.title)),
          lane.title,
        ).toBe(true);
    },
  );

  it('splits a crowded map over more overview and stage slides instead of shrinking its text', async () => {
    const map = crowdedMap();
    const { boxes, texts } = await deck(await mapToPptx(map));
    expect(defects(boxes.flat())).toEqual([]);
    const overviews = texts.filter((text) => text.startsWith(`${map.title} (`));
    expect(overviews.length).toBeGreaterThan(1);
    // Every card is on some overview slide and on its stage's slides.
    for (const card of map.cards) expect(overviews.some((text) => text.includes(card.text))).toBe(true);
    const continued = texts.filter((text) => text.includes('(продолжение)'));
    expect(continued.length).toBeGreaterThan(0);
  });

  it('continues a long opportunities table on more slides, each title once, at 11 pt', async () => {
    const base = laptopPurchaseMap('ru');
    const map = {
      ...base,
      opportunities: Array.from({ length: 18 }, (_, i) => ({
        id: `o${i}`,
        title: `Возможность ${i + 1}: переделать оформление заказа, чтобы доставка и оплата были видны сразу, а не в конце`,
        stage: base.stages[i % base.stages.length]?.id,
        pains: [],
        owner: 'Отдел электронной коммерции и логистики',
        status: 'idea' as const,
      })),
    };
    const { texts, boxes } = await deck(await mapToPptx(map));
    const tables = texts.filter((text) => text.startsWith('Возможности') && text.includes('Трудозатраты'));
    // Rows of several lines: fewer than ten fit a slide, so 18 take three slides or more.
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const o of map.opportunities)
      expect(tables.filter((text) => text.split('\n').includes(o.title)).length, o.title).toBe(1);
    expect(defects(boxes.flat())).toEqual([]);
  });

  it('puts the persona and the opportunities on the overview and on every stage slide', async () => {
    const map = laptopPurchaseMap('ru');
    const persona = annaPersona('ru');
    const { texts } = await deck(await mapToPptx(map, { personas: [persona] }));
    const overviews = texts.filter(
      (text) => text.startsWith(map.title) && text.includes(map.stages[0]?.name ?? '?'),
    );
    expect(overviews.length).toBeGreaterThan(0);
    const overview = overviews.join('\n');
    expect(overview).toContain(persona.name);
    for (const o of map.opportunities) expect(overview).toContain(o.title);
    for (const stage of map.stages) {
      const slide = texts.find((text) => text.split('\n')[0] === stage.name);
      expect(slide, stage.name).toBeDefined();
      expect(slide).toContain(persona.name);
      for (const o of map.opportunities.filter((o) => o.stage === stage.id)) expect(slide).toContain(o.title);
    }
  });

  it('with data: figures on the stage slides, the data emotion series, a figures table and the accepted pains', async () => {
    const map = bankMapWithDataPain();
    const { texts, charts, boxes } = await deck(
      await mapToPptx(map, { personas: [maryPersona('ru')], data: BANK_DATA }),
    );
    expect(defects(boxes.flat())).toEqual([]);
    const apply = texts.find((text) => text.split('\n')[0] === 'Заявка') ?? '';
    expect(apply).toMatch(/Клиенты: 4\s800/u);
    expect(apply).toContain('Эмоция (данные): −1,3 (95)');
    expect(apply).toContain('NPS: −12');
    expect(apply).toContain(PAIN_SOURCE);
    const table = texts.find((text) => text.startsWith('Данные клиентов')) ?? '';
    for (const name of map.stages.map((s) => s.name)) expect(table).toContain(name);
    expect(table).toMatch(/12\s000/u);
    expect(table).not.toContain('search');
    const pains = texts.find((text) => text.startsWith('Боли, найденные в данных')) ?? '';
    expect(pains).toContain('Заявка');
    expect(pains).toContain(PAIN_SOURCE);
    const chart = charts.join('');
    expect(chart).toContain('Эмоция по данным');
    expect(chart).toContain('<c:v>-1.3</c:v>');

    const plain = await deck(await mapToPptx(map, { personas: [maryPersona('ru')] }));
    expect(plain.texts.some((text) => text.startsWith('Данные клиентов'))).toBe(false);
    expect(plain.charts.join('')).not.toContain('Эмоция по данным');
  });
});
