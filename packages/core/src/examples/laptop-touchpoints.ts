import type { Language, Localized, SourceKind } from '../schema/common.ts';
import type { MatchRule, Touchpoint } from '../schema/map.ts';

/** One touchpoint of the example map, with its name in every language. */
interface ExampleTouchpoint {
  id: string;
  name: Localized;
  /** Id from the touchpoint catalogue, or a custom channel (`chat`, `survey`, `delivery`). */
  channel: string;
  kind: 'online' | 'offline';
  source: SourceKind;
  stage: string;
  match: MatchRule;
}

/**
 * The touchpoints of "Buying a laptop online", stage by stage, with the rules that bind
 * the demo shop's events to them. Every event name the demo shop generator writes is
 * matched by exactly one rule here (a test in the engine checks it), so the example map
 * measures all of the demo data. Rules never overlap, so map order does not matter for
 * binding; it is the display order.
 */
const TOUCHPOINTS: readonly ExampleTouchpoint[] = [
  {
    id: 'tp-ad',
    name: { ru: 'Реклама в соцсети', en: 'Social ad', zh: '社交广告' },
    channel: 'social-ads',
    kind: 'online',
    source: 'quantitative',
    stage: 'awareness',
    match: { event: 'ad_click', channel: 'social-ads' },
  },
  {
    id: 'tp-search-ad',
    name: { ru: 'Поисковая реклама', en: 'Search ad', zh: '搜索广告' },
    channel: 'search-ads',
    kind: 'online',
    source: 'quantitative',
    stage: 'awareness',
    match: { event: 'ad_click', channel: 'search-ads' },
  },
  {
    id: 'tp-promo-email',
    name: { ru: 'Промо-рассылка', en: 'Promo email', zh: '促销邮件' },
    channel: 'email',
    kind: 'online',
    source: 'quantitative',
    stage: 'awareness',
    match: { event: ['email_open', 'email_click'], source: 'promo' },
  },
  {
    id: 'tp-catalog',
    name: { ru: 'Каталог на сайте', en: 'Website catalogue', zh: '网站目录' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'consideration',
    match: { event: 'page_view', url: '/catalog/*' },
  },
  {
    id: 'tp-product',
    name: { ru: 'Карточка товара', en: 'Product page', zh: '商品详情页' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'consideration',
    match: { event: 'page_view', url: '/product/*' },
  },
  {
    id: 'tp-reviews',
    name: { ru: 'Отзывы покупателей', en: 'Customer reviews', zh: '用户评价' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'consideration',
    match: { event: 'page_view', url: '/reviews/*' },
  },
  {
    id: 'tp-chat',
    name: { ru: 'Чат с консультантом', en: 'Consultant chat', zh: '在线顾问' },
    channel: 'chat',
    kind: 'online',
    source: 'qualitative',
    stage: 'consideration',
    match: { event: 'chat_message' },
  },
  {
    id: 'tp-app',
    name: { ru: 'Мобильное приложение', en: 'Mobile app', zh: '移动应用' },
    channel: 'mobile-app',
    kind: 'online',
    source: 'quantitative',
    stage: 'consideration',
    match: { event: ['app_open', 'app_product_view'], channel: 'mobile-app' },
  },
  {
    id: 'tp-reserve',
    name: { ru: 'Резерв в магазине', en: 'Reserve in store', zh: '门店预留' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'consideration',
    match: { event: 'store_reserve' },
  },
  {
    id: 'tp-store',
    name: { ru: 'Визит в магазин', en: 'Store visit', zh: '到店体验' },
    channel: 'store',
    kind: 'offline',
    source: 'quantitative',
    stage: 'consideration',
    match: { event: 'store_visit' },
  },
  {
    id: 'tp-cart',
    name: { ru: 'Корзина', en: 'Cart', zh: '购物车' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'add_to_cart', channel: 'website' },
  },
  {
    id: 'tp-checkout',
    name: { ru: 'Оформление заказа', en: 'Checkout', zh: '结账' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'checkout_start' },
  },
  {
    id: 'tp-delivery-options',
    name: { ru: 'Выбор доставки', en: 'Delivery options', zh: '选择配送方式' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'checkout_delivery' },
  },
  {
    id: 'tp-payment',
    name: { ru: 'Страница оплаты', en: 'Payment page', zh: '支付页面' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'payment_view' },
  },
  {
    id: 'tp-payment-error',
    name: { ru: 'Ошибка оплаты', en: 'Payment error', zh: '支付失败' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'payment_error' },
  },
  {
    id: 'tp-order',
    name: { ru: 'Подтверждение заказа', en: 'Order confirmation', zh: '订单确认' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'purchase', channel: 'website' },
  },
  {
    id: 'tp-app-checkout',
    name: { ru: 'Покупка в приложении', en: 'In-app purchase', zh: '应用内购买' },
    channel: 'mobile-app',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: ['add_to_cart', 'purchase'], channel: 'mobile-app' },
  },
  {
    id: 'tp-store-purchase',
    name: { ru: 'Покупка в магазине', en: 'Purchase in store', zh: '门店购买' },
    channel: 'store',
    kind: 'offline',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'purchase', channel: 'store' },
  },
  {
    id: 'tp-ces',
    name: { ru: 'Опрос CES после оформления', en: 'Checkout survey (CES)', zh: '结账调查（CES）' },
    channel: 'survey',
    kind: 'online',
    source: 'quantitative',
    stage: 'purchase',
    match: { event: 'survey_ces' },
  },
  {
    id: 'tp-delivery',
    name: { ru: 'Курьерская доставка', en: 'Courier delivery', zh: '快递配送' },
    channel: 'delivery',
    kind: 'offline',
    source: 'quantitative',
    stage: 'usage',
    match: { event: ['order_shipped', 'order_delivered'] },
  },
  {
    id: 'tp-warranty',
    name: { ru: 'Активация гарантии', en: 'Warranty activation', zh: '保修激活' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'usage',
    match: { event: 'warranty_activated' },
  },
  {
    id: 'tp-support',
    name: { ru: 'Служба поддержки', en: 'Customer support', zh: '客户支持' },
    channel: 'support',
    kind: 'online',
    source: 'qualitative',
    stage: 'usage',
    match: { event: 'ticket' },
  },
  {
    id: 'tp-csat',
    name: { ru: 'Опрос CSAT после поддержки', en: 'Support survey (CSAT)', zh: '客服满意度调查（CSAT）' },
    channel: 'survey',
    kind: 'online',
    source: 'quantitative',
    stage: 'usage',
    match: { event: 'survey_csat' },
  },
  {
    id: 'tp-returns',
    name: { ru: 'Возврат товара', en: 'Returns', zh: '退货' },
    channel: 'website',
    kind: 'online',
    source: 'quantitative',
    stage: 'usage',
    match: { event: 'return_request' },
  },
  {
    id: 'tp-email',
    name: { ru: 'Письмо с бонусами', en: 'Rewards email', zh: '奖励邮件' },
    channel: 'email',
    kind: 'online',
    source: 'quantitative',
    stage: 'loyalty',
    match: { event: ['email_open', 'email_click'], source: 'rewards' },
  },
  {
    id: 'tp-review',
    name: { ru: 'Отзыв о товаре', en: 'Product review', zh: '商品评价' },
    channel: 'website',
    kind: 'online',
    source: 'qualitative',
    stage: 'loyalty',
    match: { event: 'review' },
  },
  {
    id: 'tp-nps',
    name: { ru: 'Опрос NPS', en: 'NPS survey', zh: 'NPS 调查' },
    channel: 'survey',
    kind: 'online',
    source: 'quantitative',
    stage: 'loyalty',
    match: { event: 'survey_nps' },
  },
  {
    id: 'tp-unsubscribe',
    name: { ru: 'Отписка от рассылки', en: 'Unsubscribe', zh: '退订邮件' },
    channel: 'email',
    kind: 'online',
    source: 'quantitative',
    stage: 'loyalty',
    match: { event: 'unsubscribe' },
  },
];

/** The touchpoints of the example map in `lang`; ids, channels and rules are language-free. */
export function laptopTouchpoints(lang: Language): Touchpoint[] {
  return TOUCHPOINTS.map((t) => ({
    id: t.id,
    name: t.name[lang],
    channel: t.channel,
    kind: t.kind,
    source: t.source,
    stage: t.stage,
    match: structuredClone(t.match),
  }));
}
