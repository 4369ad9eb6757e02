import { lane } from '../lanes.ts';
import type { Template } from '../schema.ts';

/**
 * Article 000 ("Как использовать CJM в маркетинге: 7 шагов"), step 3: the usual six
 * stages. Lanes follow steps 4–6: thoughts and feelings, pains and joys, improvements.
 * Goals restate the stage descriptions and the customer's questions the article quotes.
 */
export const SIX_STAGES: Template = {
  id: 'six-stages',
  source: 'article 000',
  name: {
    ru: 'Шесть этапов: от осведомленности до лояльности',
    en: 'Six stages: awareness to loyalty',
    zh: '六个阶段：从意识到忠诚',
  },
  description: {
    ru: 'Типичный путь клиента в маркетинге: от знакомства с брендом до постоянных покупок, с мыслями, чувствами, болями и радостями на каждом этапе.',
    en: 'The typical customer path in marketing, from first hearing of the brand to buying regularly, with thoughts, feelings, pains and joys at each stage.',
    zh: '营销中典型的客户路径：从初次了解品牌到成为回头客，记录每个阶段的想法、感受、痛点和愉悦点。',
  },
  stages: [
    {
      id: 'awareness',
      name: { ru: 'Осведомленность', en: 'Awareness', zh: '意识' },
      goal: {
        ru: 'Узнать, что это за бренд и почему ему можно доверять',
        en: 'Find out what the brand is and why to trust it',
        zh: '了解这是什么品牌，以及为什么可以信任它',
      },
    },
    {
      id: 'consideration',
      name: { ru: 'Рассмотрение', en: 'Consideration', zh: '考虑' },
      goal: {
        ru: 'Понять, как продукт решает его проблему',
        en: 'Understand how the product solves their problem',
        zh: '弄清产品如何解决自己的问题',
      },
    },
    {
      id: 'decision',
      name: { ru: 'Решение', en: 'Decision', zh: '决策' },
      goal: { ru: 'Принять решение о покупке', en: 'Decide on the purchase', zh: '做出购买决定' },
    },
    {
      id: 'purchase',
      name: { ru: 'Покупка', en: 'Purchase', zh: '购买' },
      goal: { ru: 'Совершить покупку', en: 'Make the purchase', zh: '完成购买' },
    },
    {
      id: 'usage',
      name: { ru: 'Использование', en: 'Usage', zh: '使用' },
      goal: {
        ru: 'Пользоваться продуктом или услугой',
        en: 'Use the product or service',
        zh: '使用产品或服务',
      },
    },
    { id: 'loyalty', name: { ru: 'Лояльность', en: 'Loyalty', zh: '忠诚' } },
  ],
  lanes: [
    lane('actions'),
    lane('touchpoints', { ru: 'Точки взаимодействия', en: 'Touchpoints', zh: '接触点' }),
    lane('thoughts'),
    lane('feelings'),
    lane('emotion'),
    lane('pains'),
    lane('gains', { ru: 'Радости', en: 'Joys', zh: '愉悦点' }),
    lane('opportunities', { ru: 'Улучшения', en: 'Improvements', zh: '改进' }),
  ],
};
