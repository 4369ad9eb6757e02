import { lane } from '../lanes.ts';
import type { Template } from '../schema.ts';

/**
 * Article 003 ("Исследование путешествия клиента"), step 2: five stages ending in
 * support. Lanes follow steps 3–6: touchpoints, emotions and needs, problem areas,
 * solutions and initiatives. The article gives no per-stage goals.
 */
export const FIVE_STAGES_SUPPORT: Template = {
  id: 'five-stages-support',
  source: 'article 003',
  name: {
    ru: 'Пять этапов: от осведомления о продукте до поддержки',
    en: 'Five stages: product awareness to support',
    zh: '五个阶段：从了解产品到支持',
  },
  description: {
    ru: 'Путь от первого контакта с компанией до поддержки после покупки: для поиска проблемных зон и инициатив, которые их устранят.',
    en: 'The path from first contact with the company to support after the purchase: for finding problem areas and the initiatives that fix them.',
    zh: '从首次接触公司到购后支持的路径：用于发现问题区域以及解决问题的举措。',
  },
  stages: [
    {
      id: 'product-awareness',
      name: { ru: 'Осведомление о продукте', en: 'Product awareness', zh: '了解产品' },
    },
    { id: 'decision', name: { ru: 'Принятие решения', en: 'Decision', zh: '决策' } },
    { id: 'purchase', name: { ru: 'Покупка', en: 'Purchase', zh: '购买' } },
    { id: 'usage', name: { ru: 'Использование', en: 'Usage', zh: '使用' } },
    { id: 'support', name: { ru: 'Поддержка', en: 'Support', zh: '支持' } },
  ],
  lanes: [
    lane('actions'),
    lane('touchpoints'),
    lane('emotion'),
    lane('expectations', { ru: 'Потребности', en: 'Needs', zh: '需求' }),
    lane('pains', { ru: 'Проблемные зоны', en: 'Problem areas', zh: '问题区域' }),
    lane('opportunities', {
      ru: 'Решения и инициативы',
      en: 'Solutions and initiatives',
      zh: '解决方案与举措',
    }),
  ],
};
