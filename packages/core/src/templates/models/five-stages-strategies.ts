import { lane } from '../lanes.ts';
import type { Template } from '../schema.ts';
import { ARTICLE_002_LANES } from './article-002-lanes.ts';

/**
 * Article 002, "Этапы customer journey": five stages, each with the strategies the
 * article recommends. Russian strategies are quoted as the article writes them; a new
 * map gets them as hypothesis cards in the `strategies` lane, placed before the general
 * opportunities lane so that it is the first lane of type `opportunities`.
 */
export const FIVE_STAGES_STRATEGIES: Template = {
  id: 'five-stages-strategies',
  source: 'article 002',
  name: {
    ru: 'Пять этапов со стратегиями',
    en: 'Five stages with strategies',
    zh: '五个阶段及其策略',
  },
  description: {
    ru: 'Пять основных этапов customer journey и маркетинговые стратегии для каждого из них; стратегии попадают на карту как гипотезы.',
    en: 'The five main customer journey stages with marketing strategies for each; the strategies go on the map as hypotheses.',
    zh: '客户旅程的五个主要阶段及每个阶段的营销策略；这些策略以假设的形式放在地图上。',
  },
  stages: [
    {
      id: 'awareness-attraction',
      name: { ru: 'Осведомление и привлечение', en: 'Awareness and attraction', zh: '意识与吸引' },
      goal: {
        ru: 'Найти информацию о возможных решениях своей потребности или проблемы',
        en: 'Find information about possible solutions to their need or problem',
        zh: '寻找有关自身需求或问题的可能解决方案的信息',
      },
      strategies: [
        {
          ru: 'Реклама – размещение рекламы в социальных сетях, поисковых системах, на телевидении и других популярных платформах',
          en: 'Advertising – placing ads on social networks, search engines, television and other popular platforms',
          zh: '广告——在社交网络、搜索引擎、电视和其他热门平台上投放广告',
        },
        {
          ru: 'Содержание – создание информационных и полезных материалов, которые помогут клиентам узнать больше о продукте или услуге',
          en: 'Content – creating informative and useful materials that help customers learn more about the product or service',
          zh: '内容——创作信息丰富且有用的材料，帮助客户更多地了解产品或服务',
        },
        {
          ru: 'SEO – оптимизация сайта компании для поисковых систем, чтобы клиенты могли легко найти его при поиске',
          en: 'SEO – optimizing the company website for search engines so that customers can easily find it when searching',
          zh: 'SEO——针对搜索引擎优化公司网站，让客户在搜索时能够轻松找到它',
        },
      ],
    },
    {
      id: 'consideration-choice',
      name: { ru: 'Рассмотрение и выбор', en: 'Consideration and choice', zh: '考虑与选择' },
      goal: {
        ru: 'Сравнить возможные варианты и сделать правильный выбор',
        en: 'Weigh the options and make the right choice',
        zh: '比较各种选择并做出正确的选择',
      },
      strategies: [
        {
          ru: 'Отзывы и рекомендации – показать клиенту положительные отзывы других людей, которые уже воспользовались продуктом или услугой',
          en: 'Reviews and recommendations – show the customer positive reviews from other people who have already used the product or service',
          zh: '评价与推荐——向客户展示已使用过该产品或服务的其他人的正面评价',
        },
        {
          ru: 'Сравнение – предоставить клиенту возможность сравнить свой продукт или услугу с альтернативными вариантами',
          en: 'Comparison – give the customer a way to compare your product or service with the alternatives',
          zh: '比较——让客户能够将你的产品或服务与其他选择进行比较',
        },
        {
          ru: 'Демонстрация – провести презентацию продукта или услуги, чтобы клиент мог увидеть его в действии',
          en: 'Demonstration – present the product or service so that the customer can see it in action',
          zh: '演示——展示产品或服务，让客户看到它的实际效果',
        },
      ],
    },
    {
      id: 'purchase',
      name: { ru: 'Покупка', en: 'Purchase', zh: '购买' },
      goal: {
        ru: 'Совершить покупку удобно и безопасно',
        en: 'Complete the purchase conveniently and safely',
        zh: '方便、安全地完成购买',
      },
      strategies: [
        {
          ru: 'Простая форма заказа – предоставить клиенту простую и интуитивно понятную форму для оформления заказа',
          en: 'Simple order form – give the customer a simple, intuitive form for placing the order',
          zh: '简单的订单表单——为客户提供简单直观的下单表单',
        },
        {
          ru: 'Безопасность – обеспечить безопасность платежей и защиту личной информации клиента',
          en: "Security – ensure secure payments and protect the customer's personal information",
          zh: '安全——确保支付安全并保护客户的个人信息',
        },
        {
          ru: 'Скидки и акции – предложить клиенту скидку или акцию, чтобы мотивировать его на покупку',
          en: 'Discounts and promotions – offer the customer a discount or promotion to motivate the purchase',
          zh: '折扣与促销——向客户提供折扣或促销活动，激励其购买',
        },
      ],
    },
    {
      id: 'usage-satisfaction',
      name: {
        ru: 'Использование и удовлетворенность',
        en: 'Usage and satisfaction',
        zh: '使用与满意',
      },
      goal: {
        ru: 'Убедиться, что продукт или услуга соответствует ожиданиям',
        en: 'Make sure the product or service meets their expectations',
        zh: '确认产品或服务符合自己的期望',
      },
      strategies: [
        {
          ru: 'Обучение и обратная связь – предоставить клиенту полезные материалы и обучающие ресурсы, которые помогут ему освоить продукт или услугу',
          en: 'Training and feedback – provide the customer with useful materials and learning resources that help them master the product or service',
          zh: '培训与反馈——为客户提供有用的资料和学习资源，帮助其掌握产品或服务',
        },
        {
          ru: 'Техническая поддержка – обеспечить клиента возможностью обращаться за помощью и решением проблем',
          en: 'Technical support – make sure the customer can ask for help and get problems solved',
          zh: '技术支持——确保客户能够寻求帮助并解决问题',
        },
        {
          ru: 'Следить за удовлетворенностью – узнавать мнение клиента о продукте или услуге с помощью опросов и отзывов',
          en: 'Monitor satisfaction – find out what the customer thinks of the product or service through surveys and reviews',
          zh: '关注满意度——通过调查和评价了解客户对产品或服务的看法',
        },
      ],
    },
    {
      id: 'loyalty-repurchase',
      name: {
        ru: 'Лояльность и повторные покупки',
        en: 'Loyalty and repeat purchases',
        zh: '忠诚与复购',
      },
      strategies: [
        {
          ru: 'Программа лояльности – предложить клиенту поощрения и бонусы за его лояльность',
          en: 'Loyalty program – offer the customer rewards and bonuses for their loyalty',
          zh: '忠诚度计划——为客户的忠诚提供奖励和积分',
        },
        {
          ru: 'Предложение сопутствующих продуктов – показать клиенту другие продукты или услуги, которые могут ему быть интересны',
          en: 'Offering related products – show the customer other products or services that may interest them',
          zh: '推荐相关产品——向客户展示其可能感兴趣的其他产品或服务',
        },
        {
          ru: 'Персонализация – учитывать предпочтения клиента и предлагать ему индивидуальные предложения и скидки',
          en: "Personalization – take the customer's preferences into account and make them individual offers and discounts",
          zh: '个性化——考虑客户的偏好，为其提供个性化的优惠和折扣',
        },
      ],
    },
  ],
  lanes: [
    ...ARTICLE_002_LANES.filter((row) => row.type !== 'opportunities'),
    lane('opportunities', { ru: 'Стратегии', en: 'Strategies', zh: '策略' }, 'strategies'),
    ...ARTICLE_002_LANES.filter((row) => row.type === 'opportunities'),
  ],
};
