import type { Template } from '../schema.ts';
import { ARTICLE_002_LANES } from './article-002-lanes.ts';

/**
 * Article 002, "Основные этапы customer journey": five stages where the customer
 * researches offers on their own and the post-purchase experience is a stage of its own.
 */
export const FIVE_STAGES_RESEARCH: Template = {
  id: 'five-stages-research',
  source: 'article 002',
  name: {
    ru: 'Пять этапов: от ознакомления до лояльности',
    en: 'Five stages: discovery to loyalty',
    zh: '五个阶段：从了解到忠诚',
  },
  description: {
    ru: 'Клиент узнает о бренде, сам исследует предложения, принимает решение, оценивает постпокупочный опыт и становится постоянным покупателем.',
    en: 'The customer discovers the brand, researches the offers, decides, judges the post-purchase experience and becomes a regular customer.',
    zh: '客户初次了解品牌，自行研究各家产品，做出决策，评估购后体验，并成为回头客。',
  },
  stages: [
    {
      id: 'discovery',
      name: { ru: 'Ознакомление', en: 'Discovery', zh: '了解' },
      goal: {
        ru: 'Узнать о бренде или продукте',
        en: 'Learn about the brand or product',
        zh: '了解品牌或产品',
      },
    },
    {
      id: 'research',
      name: { ru: 'Исследование', en: 'Research', zh: '研究' },
      goal: {
        ru: 'Найти информацию о продукте, изучить отзывы и сравнить предложения разных брендов',
        en: 'Find information about the product, read reviews and compare offers from different brands',
        zh: '查找产品信息、阅读评价并比较不同品牌的产品',
      },
    },
    {
      id: 'decision',
      name: { ru: 'Принятие решения', en: 'Decision', zh: '决策' },
      goal: {
        ru: 'Выбрать, что купить, взвесив цену, качество, условия доставки и сервис',
        en: 'Choose what to buy, weighing price, quality, delivery terms and service',
        zh: '权衡价格、质量、配送条件和服务，决定购买什么',
      },
    },
    {
      id: 'post-purchase',
      name: { ru: 'Постпокупочный опыт', en: 'Post-purchase experience', zh: '购后体验' },
      goal: { ru: 'Оценить результат покупки', en: 'Judge the result of the purchase', zh: '评估购买的结果' },
    },
    { id: 'loyalty', name: { ru: 'Лояльность', en: 'Loyalty', zh: '忠诚' } },
  ],
  lanes: [...ARTICLE_002_LANES],
};
