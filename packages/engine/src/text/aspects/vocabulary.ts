import type { AspectId } from './types.ts';

/**
 * Words that name each touchpoint aspect, per language: OpenCJM's own lists for retail and
 * service feedback. Russian and English words are matched by stem (any inflection),
 * Chinese words as substrings of the clause (jieba splits "快递员" into 快递 + 员), longest first.
 */
export const ASPECT_WORDS: Record<'ru' | 'en' | 'zh', Record<AspectId, readonly string[]>> = {
  ru: {
    delivery: [
      'доставка',
      'доставили',
      'доставить',
      'привезли',
      'посылка',
      'отправка',
      'отправили',
      'логистика',
    ],
    courier: ['курьер', 'курьерша', 'водитель'],
    support: ['поддержка', 'оператор', 'консультант', 'менеджер', 'чат', 'горячая'],
    payment: ['оплата', 'оплатил', 'оплатить', 'платеж', 'списали', 'списание'],
    price: ['цена', 'стоимость', 'дорого', 'дешево', 'скидка'],
    product: ['товар', 'качество', 'вещь', 'продукт', 'изделие'],
    packaging: ['упаковка', 'упакован', 'коробка'],
    returns: ['возврат', 'вернуть', 'вернули', 'обмен', 'обменять'],
    app: ['приложение', 'сайт', 'интерфейс'],
    store: ['магазин', 'продавец', 'персонал', 'сотрудник', 'касса', 'кассир'],
  },
  en: {
    delivery: ['delivery', 'delivered', 'shipping', 'shipped', 'shipment', 'arrived', 'parcel'],
    courier: ['courier', 'driver', 'deliveryman'],
    support: ['support', 'operator', 'agent', 'helpdesk', 'hotline', 'chat'],
    payment: ['payment', 'pay', 'paid', 'charge', 'charged', 'checkout'],
    price: ['price', 'cost', 'expensive', 'cheap', 'discount'],
    product: ['product', 'quality', 'item'],
    packaging: ['packaging', 'packed', 'box', 'wrapping'],
    returns: ['return', 'returned', 'refund', 'exchange'],
    app: ['app', 'website', 'site', 'interface'],
    store: ['store', 'shop', 'staff', 'seller', 'cashier'],
  },
  zh: {
    delivery: ['送货', '配送', '物流', '快递', '发货', '送达', '送餐'],
    courier: ['快递员', '快递小哥', '送餐员', '送货员', '配送员', '骑手', '小哥'],
    support: ['客服', '售后', '人工'],
    payment: ['付款', '支付', '扣款', '扣钱'],
    price: ['价格', '价钱', '便宜', '贵'],
    product: ['质量', '产品', '商品', '东西', '味道'],
    packaging: ['包装', '盒子', '箱子'],
    returns: ['退货', '退款', '换货'],
    app: ['软件', '网站', '页面', '应用'],
    store: ['店家', '商家', '店员', '门店'],
  },
};
