import { lane } from '../lanes.ts';
import type { TemplateLane } from '../schema.ts';

/**
 * The map elements article 002 lists ("Элементы customer journey map"): steps and
 * interactions, touchpoints, emotions and needs, pain points, opportunities for
 * improvement. Shared by the three stage models of that article.
 */
export const ARTICLE_002_LANES: readonly TemplateLane[] = [
  lane('actions', { ru: 'Шаги и взаимодействия', en: 'Steps and interactions', zh: '步骤与互动' }),
  lane('touchpoints', { ru: 'Контактные точки', en: 'Touchpoints', zh: '接触点' }),
  lane('emotion'),
  lane('expectations', { ru: 'Потребности и ожидания', en: 'Needs and expectations', zh: '需求与期望' }),
  lane('pains', { ru: 'Болевые точки', en: 'Pain points', zh: '痛点' }),
  lane('opportunities', {
    ru: 'Возможности улучшения',
    en: 'Opportunities for improvement',
    zh: '改进机会',
  }),
];
