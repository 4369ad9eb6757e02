import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../schema/index.ts';
import { getTemplate, TEMPLATES } from './registry.ts';
import { Template } from './schema.ts';

/** Russian stage names as the product brief lists them, per template, capitalised as titles. */
const EXPECTED_RU: Record<string, string[]> = {
  'six-stages': ['Осведомленность', 'Рассмотрение', 'Решение', 'Покупка', 'Использование', 'Лояльность'],
  'five-stages-strategies': [
    'Осведомление и привлечение',
    'Рассмотрение и выбор',
    'Покупка',
    'Использование и удовлетворенность',
    'Лояльность и повторные покупки',
  ],
  'five-stages-research': [
    'Ознакомление',
    'Исследование',
    'Принятие решения',
    'Постпокупочный опыт',
    'Лояльность',
  ],
  'six-stages-advocacy': [
    'Осведомление',
    'Рассмотрение',
    'Покупка',
    'Удовлетворение',
    'Повторная покупка',
    'Активное продвижение',
  ],
  'eight-stages': [
    'Осознание необходимости',
    'Выбор фирмы',
    'Изучение сайта продавца',
    'Вовлечение во взаимодействие с брендом',
    'Покупка и использование продукта',
    'Оценка послепродажного сервиса',
    'Рекомендация бренда',
    'Отзывы в соцсетях',
  ],
  'five-stages-support': [
    'Осведомление о продукте',
    'Принятие решения',
    'Покупка',
    'Использование',
    'Поддержка',
  ],
  funnel: ['Осведомленность', 'Рассмотрение', 'Решение'],
};

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('stage templates', () => {
  it('ships every stage model of the brief, in its order', () => {
    expect(ids(TEMPLATES)).toEqual(Object.keys(EXPECTED_RU));
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s parses with the Template schema', (_, template) => {
    expect(Template.parse(template)).toEqual(template);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s has unique stage and lane ids', (_, template) => {
    expect(new Set(ids(template.stages)).size).toBe(template.stages.length);
    expect(new Set(ids(template.lanes)).size).toBe(template.lanes.length);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s names every stage and lane in ru, en, zh',
    (_, template) => {
      for (const language of LANGUAGES) {
        for (const stage of template.stages) expect(stage.name[language].trim()).not.toBe('');
        for (const row of template.lanes) expect(row.title[language].trim()).not.toBe('');
      }
    },
  );

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s capitalises every stage name and lane title in Russian and English',
    (_, template) => {
      const titles = template.stages.flatMap((s) => [s.name.ru, s.name.en]);
      titles.push(...template.lanes.flatMap((l) => [l.title.ru, l.title.en]));
      for (const title of titles) expect(title.charAt(0), title).toBe(title.charAt(0).toLocaleUpperCase());
    },
  );

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s uses the Russian stage names of the brief',
    (id, template) => {
      expect(template.stages.map((stage) => stage.name.ru)).toEqual(EXPECTED_RU[id]);
    },
  );

  it('names the six stages of article 002 with the English terms the article gives', () => {
    const names = getTemplate('six-stages-advocacy')?.stages.map((stage) => stage.name.en);
    expect(names).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Satisfaction',
      'Repurchase',
      'Advocacy',
    ]);
  });

  it('names the funnel with the terms of article 004', () => {
    const funnel = getTemplate('funnel');
    expect(funnel?.stages.map((stage) => stage.name.en.toLowerCase())).toEqual([
      'awareness',
      'consideration',
      'decision',
    ]);
    expect(funnel?.stages.map((stage) => stage.name.zh)).toEqual(['意识', '考虑', '决策']);
  });

  it('gives three strategies for each stage of the strategies template', () => {
    const counts = getTemplate('five-stages-strategies')?.stages.map((stage) => stage.strategies?.length);
    expect(counts).toEqual([3, 3, 3, 3, 3]);
  });

  it('returns undefined for an unknown id', () => {
    expect(getTemplate('no-such-template')).toBeUndefined();
  });
});

describe('Template schema', () => {
  const base = TEMPLATES[0] as Template;

  it('rejects duplicate stage ids', () => {
    const first = base.stages[0];
    if (!first) throw new Error('fixture template has no stages');
    const result = Template.safeParse({ ...base, stages: [...base.stages, first] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('duplicate id');
  });

  it('rejects strategies without a lane to hold them', () => {
    const stages = base.stages.map((stage) => ({ ...stage, strategies: [stage.name] }));
    const lanes = base.lanes.filter((row) => row.type !== 'opportunities' && row.type !== 'text');
    expect(Template.safeParse({ ...base, stages, lanes }).success).toBe(false);
  });

  it('rejects ids that are not ascii kebab-case', () => {
    expect(Template.safeParse({ ...base, id: 'Шесть этапов' }).success).toBe(false);
    expect(Template.safeParse({ ...base, id: 'six_stages' }).success).toBe(false);
  });
});
