import { describe, expect, it } from 'vitest';
import { JourneyMap, LANGUAGES } from '../schema/index.ts';
import { createMapFromTemplate } from './create-map.ts';
import { TEMPLATES, UnknownTemplateError } from './registry.ts';
import { TemplateSummary } from './schema.ts';
import { templateSummary } from './summary.ts';

const cases = TEMPLATES.flatMap((template) => LANGUAGES.map((language) => [template.id, language] as const));

describe('createMapFromTemplate', () => {
  it.each(cases)('%s in %s is a valid map in that language', (templateId, language) => {
    const template = TEMPLATES.find((t) => t.id === templateId);
    if (!template) throw new Error(`no template ${templateId}`);
    const map = createMapFromTemplate(templateId, { language, title: 'Anna buys a laptop', id: 'map-anna' });

    expect(JourneyMap.parse(map)).toEqual(map);
    expect(map.language).toBe(language);
    expect(map.template).toBe(templateId);
    expect(map.stages.map((stage) => stage.id)).toEqual(template.stages.map((stage) => stage.id));
    expect(map.stages.map((stage) => stage.name)).toEqual(
      template.stages.map((stage) => stage.name[language]),
    );
    expect(map.stages.map((stage) => stage.goal)).toEqual(
      template.stages.map((stage) => stage.goal?.[language]),
    );
    expect(map.lanes.map((row) => row.title)).toEqual(template.lanes.map((row) => row.title[language]));
  });

  it('fills the caller options and the defaults', () => {
    const bare = createMapFromTemplate('funnel', { language: 'en', title: 'Signup', id: 'signup' });
    expect(bare).toMatchObject({
      id: 'signup',
      title: 'Signup',
      type: 'current',
      process: 'purchase',
      personas: [],
    });

    const full = createMapFromTemplate('funnel', {
      language: 'en',
      title: 'Signup',
      id: 'signup',
      persona: 'anna',
      type: 'future',
      process: 'registration',
    });
    expect(full).toMatchObject({ type: 'future', process: 'registration', personas: ['anna'] });
  });

  it('puts each strategy of article 002 on the map as a hypothesis card', () => {
    const map = createMapFromTemplate('five-stages-strategies', { language: 'zh', title: '购买', id: 'm1' });
    const strategyLane = map.lanes.find((row) => row.id === 'strategies');

    expect(strategyLane?.type).toBe('opportunities');
    expect(map.cards).toHaveLength(15);
    expect(map.cards.every((card) => card.evidence === 'hypothesis' && card.lane === 'strategies')).toBe(
      true,
    );
    expect(map.cards[0]).toEqual({
      id: 'strategy-awareness-attraction-1',
      lane: 'strategies',
      stage: 'awareness-attraction',
      text: '广告——在社交网络、搜索引擎、电视和其他热门平台上投放广告',
      evidence: 'hypothesis',
      sources: [],
    });
    expect(map.cards.map((card) => card.id)).toContain('strategy-loyalty-repurchase-3');
    expect(new Set(map.cards.map((card) => card.id)).size).toBe(15);
  });

  it('quotes the Russian strategies as the article writes them', () => {
    const map = createMapFromTemplate('five-stages-strategies', {
      language: 'ru',
      title: 'Покупка',
      id: 'm1',
    });
    expect(map.cards.find((card) => card.id === 'strategy-purchase-2')?.text).toBe(
      'Безопасность – обеспечить безопасность платежей и защиту личной информации клиента',
    );
  });

  it('adds no cards for templates without strategies', () => {
    expect(createMapFromTemplate('six-stages', { language: 'ru', title: 'Карта', id: 'm1' }).cards).toEqual(
      [],
    );
  });

  it('is deterministic', () => {
    const options = { language: 'ru', title: 'Карта', id: 'm1', persona: 'anna' } as const;
    expect(createMapFromTemplate('five-stages-strategies', options)).toEqual(
      createMapFromTemplate('five-stages-strategies', options),
    );
  });

  it('names the unknown template and the known ones', () => {
    const create = () => createMapFromTemplate('nope', { language: 'en', title: 'X', id: 'x' });
    expect(create).toThrow(UnknownTemplateError);
    expect(create).toThrow(/Unknown template "nope"/);
    for (const template of TEMPLATES) expect(create).toThrow(template.id);
    try {
      create();
    } catch (error) {
      expect(error).toMatchObject({ code: 'unknown-template', templateId: 'nope' });
    }
  });

  it('rejects invalid options', () => {
    expect(() => createMapFromTemplate('funnel', { language: 'en', title: '', id: 'x' })).toThrow();
    expect(() => createMapFromTemplate('funnel', { language: 'en', title: 'X', id: 'has space' })).toThrow();
  });
});

describe('templateSummary', () => {
  it('gives id, name and stages in one language', () => {
    const funnel = TEMPLATES.find((t) => t.id === 'funnel');
    if (!funnel) throw new Error('no funnel template');
    const summary = templateSummary(funnel, 'en');
    expect(TemplateSummary.parse(summary)).toEqual(summary);
    expect(summary).toEqual({
      id: 'funnel',
      name: 'Funnel: awareness, consideration, decision',
      stages: [
        { id: 'awareness', name: 'Awareness' },
        { id: 'consideration', name: 'Consideration' },
        { id: 'decision', name: 'Decision' },
      ],
    });
  });
});
