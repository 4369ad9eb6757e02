import type { LaneType, Localized } from '../schema/index.ts';
import type { TemplateLane } from './schema.ts';

/**
 * Default lane titles for every lane type. Chinese titles use the terms of the Chinese
 * article (004: 接触点, 渠道, 情绪, 痛点), written in simplified characters.
 */
export const LANE_TITLES: Record<LaneType, Localized> = {
  actions: { ru: 'Действия', en: 'Actions', zh: '行为' },
  touchpoints: { ru: 'Точки контакта', en: 'Touchpoints', zh: '接触点' },
  channels: { ru: 'Каналы', en: 'Channels', zh: '渠道' },
  thoughts: { ru: 'Мысли', en: 'Thoughts', zh: '想法' },
  feelings: { ru: 'Чувства', en: 'Feelings', zh: '感受' },
  emotion: { ru: 'Эмоции', en: 'Emotions', zh: '情绪' },
  expectations: { ru: 'Ожидания', en: 'Expectations', zh: '期望' },
  goals: { ru: 'Цели', en: 'Goals', zh: '目标' },
  fears: { ru: 'Опасения', en: 'Fears', zh: '担忧' },
  pains: { ru: 'Боли', en: 'Pains', zh: '痛点' },
  gains: { ru: 'Радости', en: 'Gains', zh: '愉悦点' },
  opportunities: { ru: 'Возможности', en: 'Opportunities', zh: '改进机会' },
  kpis: { ru: 'Метрики', en: 'KPIs', zh: '关键指标' },
  owners: { ru: 'Ответственные', en: 'Owners', zh: '负责人' },
  backstage: { ru: 'Закулисье', en: 'Backstage', zh: '后台' },
  text: { ru: 'Заметки', en: 'Notes', zh: '备注' },
};

/**
 * A template lane of the given type. The id defaults to the type, which is unique as
 * long as a template has one lane per type; pass `id` for a second lane of a type.
 * @example lane('pains', { ru: 'Болевые точки', en: 'Pain points', zh: '痛点' })
 */
export function lane(type: LaneType, title: Localized = LANE_TITLES[type], id: string = type): TemplateLane {
  return { id, type, title };
}
