import type { Template } from '../schema.ts';
import { ARTICLE_002_LANES } from './article-002-lanes.ts';

/**
 * Article 002, "Этапы customer journey в маркетинге": six stages, each named in Russian
 * with the English term in brackets (Awareness … Advocacy); after the purchase come
 * satisfaction, repurchase and advocacy.
 */
export const SIX_STAGES_ADVOCACY: Template = {
  id: 'six-stages-advocacy',
  source: 'article 002',
  name: {
    ru: 'Шесть этапов: от осведомления до активного продвижения',
    en: 'Six stages: awareness to advocacy',
    zh: '六个阶段：从意识到倡导',
  },
  description: {
    ru: 'Этапы customer journey в маркетинге: после покупки клиент оценивает продукт и обслуживание, покупает повторно и рекомендует бренд другим.',
    en: 'Customer journey stages in marketing: after the purchase the customer judges the product and service, buys again and recommends the brand.',
    zh: '营销中的客户旅程阶段：购买之后，客户评价产品和服务、再次购买并向他人推荐品牌。',
  },
  stages: [
    {
      id: 'awareness',
      name: { ru: 'Осведомление', en: 'Awareness', zh: '意识' },
      goal: {
        ru: 'Узнать о бренде или продукте',
        en: 'Learn about the brand or product',
        zh: '了解品牌或产品',
      },
    },
    {
      id: 'consideration',
      name: { ru: 'Рассмотрение', en: 'Consideration', zh: '考虑' },
      goal: {
        ru: 'Сравнить варианты, отзывы, цены и условия',
        en: 'Compare the options, reviews, prices and terms',
        zh: '比较各种选择、评价、价格和条件',
      },
    },
    {
      id: 'purchase',
      name: { ru: 'Покупка', en: 'Purchase', zh: '购买' },
      goal: {
        ru: 'Купить удобно и быстро, выбрав подходящий способ оплаты',
        en: 'Buy conveniently and quickly, with a suitable way to pay',
        zh: '方便快捷地购买，并选择合适的支付方式',
      },
    },
    {
      id: 'satisfaction',
      name: { ru: 'Удовлетворение', en: 'Satisfaction', zh: '满意' },
      goal: {
        ru: 'Остаться довольным продуктом и обслуживанием',
        en: 'Be satisfied with the product and the service',
        zh: '对产品和服务感到满意',
      },
    },
    {
      id: 'repurchase',
      name: { ru: 'Повторная покупка', en: 'Repurchase', zh: '复购' },
      goal: {
        ru: 'Повторно купить продукт или услугу',
        en: 'Buy the product or service again',
        zh: '再次购买产品或服务',
      },
    },
    { id: 'advocacy', name: { ru: 'Активное продвижение', en: 'Advocacy', zh: '倡导' } },
  ],
  lanes: [...ARTICLE_002_LANES],
};
