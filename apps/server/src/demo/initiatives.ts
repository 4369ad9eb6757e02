import { Initiative, type Language, type Localized } from '@opencjm/core';
import { DEMO_EXPERIMENT } from '@opencjm/engine';

const EFFECT: Localized = {
  en: 'Fewer customers leave when the delivery options show: purchase conversion of website carts up.',
  ru: 'Меньше клиентов уходит на шаге выбора доставки: конверсия корзин сайта в покупку растёт.',
  zh: '在显示配送选项时离开的客户更少：网站购物车到购买的转化率提高。',
};

/**
 * The initiative the demo plants on the example map in `lang`: the opportunity "Show
 * delivery cost on the product page" (`o2`), tested by the demo shop's checkout
 * experiment (docs/demo-data.md, "Planted A/B test").
 */
export function demoInitiative(lang: Language, mapId: string): Initiative {
  return Initiative.parse({
    id: `demo-free-delivery-${lang}`,
    mapId,
    opportunityId: 'o2',
    title: {
      en: 'Promise free delivery in the cart',
      ru: 'Обещать бесплатную доставку в корзине',
      zh: '在购物车中承诺免费配送',
    }[lang],
    owner: { ru: 'Логистика', en: 'Logistics', zh: '物流部' }[lang],
    status: 'testing',
    pains: ['c6'],
    kpis: ['k1'],
    expectedEffect: { text: EFFECT[lang] },
    experiment: {
      exposure: DEMO_EXPERIMENT.exposure,
      variantProperty: DEMO_EXPERIMENT.variantProperty,
      control: DEMO_EXPERIMENT.control,
      goal: 'purchase',
      window: '30d',
    },
  });
}
