import type { Language, Localized } from '../schema/common.ts';
import type { JourneyMap } from '../schema/map.ts';
import { LANE_TITLES } from '../templates/lanes.ts';
import { laptopTouchpoints } from './laptop-touchpoints.ts';

type L = Localized;

const stages: { id: string; name: L; goal: L }[] = [
  {
    id: 'awareness',
    name: { ru: 'Осведомленность', en: 'Awareness', zh: '认知' },
    goal: {
      ru: 'Понять, какой ноутбук нужен',
      en: 'Understand which laptop she needs',
      zh: '弄清需要什么样的笔记本电脑',
    },
  },
  {
    id: 'consideration',
    name: { ru: 'Рассмотрение', en: 'Consideration', zh: '考虑' },
    goal: { ru: 'Сравнить модели и цены', en: 'Compare models and prices', zh: '比较型号和价格' },
  },
  {
    id: 'purchase',
    name: { ru: 'Покупка', en: 'Purchase', zh: '购买' },
    goal: { ru: 'Быстро и надёжно оплатить', en: 'Pay quickly and safely', zh: '快速安全地付款' },
  },
  {
    id: 'usage',
    name: { ru: 'Использование', en: 'Usage', zh: '使用' },
    goal: { ru: 'Начать работать в тот же день', en: 'Start working the same day', zh: '当天就开始使用' },
  },
  {
    id: 'loyalty',
    name: { ru: 'Лояльность', en: 'Loyalty', zh: '忠诚' },
    goal: { ru: 'Получить помощь и бонусы', en: 'Get help and rewards', zh: '获得帮助和奖励' },
  },
];

/** The lanes of the example, titled as every new map's lanes are (LANE_TITLES), so the demo and `cjm new` agree. */
const laneTypes = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotion',
  'pains',
  'gains',
  'opportunities',
] as const;
const lanes: { id: string; type: JourneyMap['lanes'][number]['type']; title: L }[] = laneTypes.map(
  (type) => ({
    id: type,
    type,
    title: LANE_TITLES[type],
  }),
);

const cards: {
  id: string;
  lane: string;
  stage: string;
  text: L;
  evidence: 'observed' | 'reported' | 'hypothesis';
}[] = [
  {
    id: 'c1',
    lane: 'actions',
    stage: 'awareness',
    evidence: 'observed',
    text: { ru: 'Видит рекламу в соцсети', en: 'Sees an ad on social media', zh: '在社交媒体上看到广告' },
  },
  {
    id: 'c2',
    lane: 'thoughts',
    stage: 'awareness',
    evidence: 'reported',
    text: {
      ru: '«Мой старый ноутбук слишком медленный»',
      en: '"My old laptop is far too slow"',
      zh: '"我的旧电脑太慢了"',
    },
  },
  {
    id: 'c3',
    lane: 'actions',
    stage: 'consideration',
    evidence: 'observed',
    text: {
      ru: 'Сравнивает модели в каталоге',
      en: 'Compares models in the catalogue',
      zh: '在商品目录中比较型号',
    },
  },
  {
    id: 'c4',
    lane: 'pains',
    stage: 'consideration',
    evidence: 'reported',
    text: { ru: 'Фильтры каталога неудобны', en: 'Catalogue filters are awkward', zh: '目录筛选不好用' },
  },
  {
    id: 'c5',
    lane: 'actions',
    stage: 'purchase',
    evidence: 'observed',
    text: {
      ru: 'Оформляет заказ и платит картой',
      en: 'Checks out and pays by card',
      zh: '下单并用银行卡付款',
    },
  },
  {
    id: 'c6',
    lane: 'pains',
    stage: 'purchase',
    evidence: 'observed',
    text: {
      ru: 'Доставка видна только в конце',
      en: 'Delivery cost shown only at the end',
      zh: '运费到最后才显示',
    },
  },
  {
    id: 'c7',
    lane: 'gains',
    stage: 'usage',
    evidence: 'reported',
    text: {
      ru: 'Ноутбук пришёл на следующий день',
      en: 'The laptop arrived the next day',
      zh: '电脑第二天就到了',
    },
  },
  {
    id: 'c8',
    lane: 'actions',
    stage: 'loyalty',
    evidence: 'hypothesis',
    text: {
      ru: 'Пишет отзыв и советует друзьям',
      en: 'Writes a review and tells friends',
      zh: '写评论并推荐给朋友',
    },
  },
];

const emotions: [string, number][] = [
  ['awareness', 1],
  ['consideration', -1],
  ['purchase', -0.5],
  ['usage', 2],
  ['loyalty', 1],
];

const titles: L = { ru: 'Покупка ноутбука онлайн', en: 'Buying a laptop online', zh: '在线购买笔记本电脑' };

/**
 * The example map of the demo workspace and the docs: Anna finds the shop by an ad,
 * compares laptops on the site, buys, and writes a review — in one of three languages.
 * Ids are the same in every language, so the three maps diff to text changes only.
 * Its touchpoints bind every event of the demo shop (`writeDemoShop` in the engine), so
 * the map can be measured on the demo data as it is.
 */
export function laptopPurchaseMap(lang: Language): JourneyMap {
  return {
    schemaVersion: 1,
    id: `example-laptop-${lang}`,
    title: titles[lang],
    type: 'current',
    language: lang,
    process: 'purchase',
    template: 'six-stages',
    personas: ['anna'],
    stages: stages.map((s) => ({ id: s.id, name: s.name[lang], goal: s.goal[lang] })),
    lanes: lanes.map((l) => ({ id: l.id, type: l.type, title: l.title[lang] })),
    cards: cards.map((c) => ({
      id: c.id,
      lane: c.lane,
      stage: c.stage,
      text: c.text[lang],
      evidence: c.evidence,
      sources: [],
    })),
    emotions: emotions.map(([stage, score]) => ({ stage, persona: 'anna', score })),
    touchpoints: laptopTouchpoints(lang),
    opportunities: [
      {
        id: 'o1',
        title: {
          ru: 'Переделать фильтры каталога',
          en: 'Redesign catalogue filters',
          zh: '重新设计目录筛选',
        }[lang],
        stage: 'consideration',
        pains: ['c4'],
        owner: { ru: 'Отдел e-commerce', en: 'E-commerce team', zh: '电商部门' }[lang],
        status: 'planned',
        impact: 4,
        effort: 2,
      },
      {
        id: 'o2',
        title: {
          ru: 'Показывать доставку в карточке товара',
          en: 'Show delivery cost on the product page',
          zh: '在商品页显示运费',
        }[lang],
        stage: 'purchase',
        pains: ['c6'],
        owner: { ru: 'Логистика', en: 'Logistics', zh: '物流部' }[lang],
        status: 'idea',
        impact: 3,
        effort: 1,
      },
    ],
    kpis: [
      {
        id: 'k1',
        name: { ru: 'Конверсия в покупку', en: 'Purchase conversion', zh: '购买转化率' }[lang],
        stage: 'purchase',
        metric: 'conversion',
        target: 0.05,
      },
      { id: 'k2', name: 'NPS', stage: 'loyalty', metric: 'nps', target: 40 },
    ],
  };
}
