import type { JourneyMap } from './schema/index.ts';

/**
 * The story used across tests: Anna finds the shop by an ad, compares laptops on the
 * site, buys, and writes a review. Returns a fresh copy on every call.
 */
export function annaMap(): JourneyMap {
  return structuredClone(ANNA);
}

const ANNA: JourneyMap = {
  schemaVersion: 1,
  id: 'map-anna-laptop',
  title: 'Покупка ноутбука онлайн',
  type: 'current',
  language: 'ru',
  process: 'purchase',
  personas: ['anna'],
  stages: [
    { id: 'awareness', name: 'Осведомленность', goal: 'Понять, какой ноутбук нужен' },
    { id: 'consideration', name: 'Рассмотрение' },
    { id: 'purchase', name: 'Покупка' },
    { id: 'loyalty', name: 'Лояльность' },
  ],
  lanes: [
    { id: 'actions', type: 'actions', title: 'Действия' },
    { id: 'pains', type: 'pains', title: 'Боли' },
    { id: 'emotion', type: 'emotion', title: 'Эмоции' },
  ],
  cards: [
    {
      id: 'c1',
      lane: 'actions',
      stage: 'awareness',
      text: 'Видит рекламу в соцсети',
      evidence: 'observed',
      sources: [],
    },
    {
      id: 'c2',
      lane: 'actions',
      stage: 'consideration',
      text: 'Сравнивает модели на сайте',
      evidence: 'observed',
      sources: [],
    },
    {
      id: 'c3',
      lane: 'pains',
      stage: 'consideration',
      text: 'Фильтры каталога неудобны',
      evidence: 'reported',
      sources: [{ title: 'Опрос CSAT, сентябрь' }],
    },
    {
      id: 'c4',
      lane: 'actions',
      stage: 'purchase',
      text: 'Оформляет заказ',
      evidence: 'observed',
      sources: [],
    },
    { id: 'c5', lane: 'actions', stage: 'loyalty', text: 'Пишет отзыв', evidence: 'hypothesis', sources: [] },
  ],
  emotions: [
    { stage: 'awareness', persona: 'anna', score: 1 },
    { stage: 'consideration', persona: 'anna', score: -1, note: 'Долго ищет нужную модель' },
    { stage: 'purchase', persona: 'anna', score: 1 },
    { stage: 'loyalty', persona: 'anna', score: 2 },
  ],
  touchpoints: [
    {
      id: 'tp-ad',
      name: 'Реклама в соцсети',
      channel: 'social-ads',
      kind: 'online',
      source: 'quantitative',
      stage: 'awareness',
      match: { event: 'ad_click' },
    },
    {
      id: 'tp-site',
      name: 'Сайт',
      channel: 'website',
      kind: 'online',
      source: 'quantitative',
      stage: 'consideration',
      match: { event: 'page_view', url: '/catalog/*' },
    },
  ],
  opportunities: [
    {
      id: 'o1',
      title: 'Переделать фильтры каталога',
      stage: 'consideration',
      pains: ['c3'],
      owner: 'Отдел e-commerce',
      status: 'planned',
      impact: 3,
      effort: 2,
    },
  ],
  kpis: [{ id: 'k1', name: 'Конверсия в покупку', stage: 'purchase', metric: 'conversion', target: 0.05 }],
};
