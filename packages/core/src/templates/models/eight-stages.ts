import { lane } from '../lanes.ts';
import type { Template } from '../schema.ts';

/**
 * Article 001 ("Разработка CJM"): eight stages a customer passes with a company, and the
 * map components it names — actions, thoughts and feelings; touchpoints and channels;
 * expectations, goals and fears at each stage; pain points; the changes needed and the
 * staff responsible for them.
 *
 * The article's text is machine-paraphrased ("исследование веб-сайта торговца",
 * "втягивание во взаимодействие с представленным брендом", "совершение приобретения и
 * внедрение продукта", "оценка свойства послепродажного сервиса", "совета бренда своим
 * людям"); the stage names below are the plain wording of the product brief. The article
 * gives no per-stage goals, so the stages have none.
 */
export const EIGHT_STAGES: Template = {
  id: 'eight-stages',
  source: 'article 001',
  name: {
    ru: 'Восемь этапов: от осознания необходимости до отзывов',
    en: 'Eight stages: need recognition to reviews',
    zh: '八个阶段：从意识到需求到评论',
  },
  description: {
    ru: 'Подробный путь для бизнес-аналитики в IT, финтехе и e-commerce: от осознания необходимости до рекомендации бренда и отзывов в соцсетях.',
    en: 'A detailed path for business analysis in IT, fintech and e-commerce: from recognising a need to recommending the brand and reviewing it on social media.',
    zh: '面向 IT、金融科技和电子商务业务分析的详细路径：从意识到需求，到推荐品牌并在社交媒体上发表评论。',
  },
  stages: [
    {
      id: 'need-recognition',
      name: { ru: 'Осознание необходимости', en: 'Need recognition', zh: '意识到需求' },
    },
    { id: 'company-choice', name: { ru: 'Выбор фирмы', en: 'Choosing a company', zh: '选择公司' } },
    {
      id: 'website-study',
      name: { ru: 'Изучение сайта продавца', en: "Studying the seller's website", zh: '研究卖家网站' },
    },
    {
      id: 'brand-engagement',
      name: {
        ru: 'Вовлечение во взаимодействие с брендом',
        en: 'Engaging with the brand',
        zh: '参与品牌互动',
      },
    },
    {
      id: 'purchase-use',
      name: {
        ru: 'Покупка и использование продукта',
        en: 'Buying and using the product',
        zh: '购买和使用产品',
      },
    },
    {
      id: 'after-sales-service',
      name: {
        ru: 'Оценка послепродажного сервиса',
        en: 'Rating the after-sales service',
        zh: '评估售后服务',
      },
    },
    {
      id: 'recommendation',
      name: { ru: 'Рекомендация бренда', en: 'Recommending the brand', zh: '推荐品牌' },
    },
    {
      id: 'social-reviews',
      name: { ru: 'Отзывы в соцсетях', en: 'Social media reviews', zh: '社交媒体评论' },
    },
  ],
  lanes: [
    lane('actions'),
    lane('thoughts'),
    lane('feelings'),
    lane('touchpoints'),
    lane('channels'),
    lane('expectations'),
    lane('goals'),
    lane('fears'),
    lane('pains', { ru: 'Болевые точки', en: 'Pain points', zh: '痛点' }),
    lane('opportunities', { ru: 'Нужные изменения', en: 'Changes needed', zh: '所需的改变' }),
    lane('owners'),
  ],
};
