import type { CatalogueEntry } from './schema.ts';

/**
 * The touchpoint catalogue of articles 001 and 004: the channels a map's touchpoints
 * refer to by id (`Touchpoint.channel`). Online first, then offline.
 *
 * `source` follows article 004, which splits channel data into quantitative (website,
 * blog, PPC ads, FAQ page, CRM) and qualitative (blog comments, social media comments,
 * discussions and user content, support communication, CRM). The article puts CRM in
 * both lists; it is quantitative here because its records are counted (orders, revenue).
 * Channels the article does not classify follow the nearest one it does: ads, email,
 * SMS, the app and printed materials yield counts; conversations and reviews yield text.
 */
export const TOUCHPOINT_CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'website',
    name: { ru: 'Веб-сайт', en: 'Website', zh: '网站' },
    kind: 'online',
    source: 'quantitative',
  },
  { id: 'blog', name: { ru: 'Блог', en: 'Blog', zh: '博客' }, kind: 'online', source: 'quantitative' },
  {
    id: 'blog-comments',
    name: { ru: 'Комментарии в блоге', en: 'Blog comments', zh: '博客评论' },
    kind: 'online',
    source: 'qualitative',
  },
  {
    id: 'social-content',
    name: { ru: 'Контент в соцсетях', en: 'Social media content', zh: '社交媒体内容' },
    kind: 'online',
    source: 'qualitative',
  },
  {
    id: 'social-ads',
    name: { ru: 'Реклама в соцсетях', en: 'Social media ads', zh: '社交媒体广告' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'social-discussions',
    name: { ru: 'Обсуждения в соцсетях', en: 'Social media discussions', zh: '社交媒体讨论' },
    kind: 'online',
    source: 'qualitative',
  },
  {
    id: 'email',
    name: { ru: 'Email-кампании', en: 'Email campaigns', zh: '电子邮件活动' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'newsletter',
    name: { ru: 'Рассылки', en: 'Newsletters', zh: '新闻通讯' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'review-sites',
    name: { ru: 'Сторонние сайты отзывов', en: 'Third-party review sites', zh: '第三方评论网站' },
    kind: 'online',
    source: 'qualitative',
  },
  {
    id: 'search-ads',
    name: { ru: 'Поисковая реклама (PPC)', en: 'Search engine PPC ads', zh: '搜索引擎 PPC 广告' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'contextual-ads',
    name: { ru: 'Контекстная реклама', en: 'Contextual ads', zh: '上下文广告' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'mobile-app',
    name: { ru: 'Мобильное приложение', en: 'Mobile app', zh: '移动应用' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'faq',
    name: { ru: 'Страница FAQ', en: 'FAQ page', zh: '常见问题页面' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'support',
    name: { ru: 'Служба поддержки', en: 'Customer support', zh: '客户支持' },
    kind: 'online',
    source: 'qualitative',
  },
  {
    id: 'crm',
    name: { ru: 'CRM-система', en: 'CRM', zh: '客户关系管理软件' },
    kind: 'online',
    source: 'quantitative',
  },
  {
    id: 'store',
    name: { ru: 'Магазин', en: 'Store', zh: '实体店' },
    kind: 'offline',
    source: 'quantitative',
  },
  {
    id: 'phone',
    name: { ru: 'Телефонный звонок', en: 'Phone call', zh: '电话' },
    kind: 'offline',
    source: 'qualitative',
  },
  { id: 'sms', name: { ru: 'SMS-рассылки', en: 'SMS', zh: '短信' }, kind: 'offline', source: 'quantitative' },
  {
    id: 'flyers',
    name: { ru: 'Листовки', en: 'Flyers', zh: '传单' },
    kind: 'offline',
    source: 'quantitative',
  },
  {
    id: 'billboards',
    name: { ru: 'Билборды', en: 'Billboards', zh: '广告牌' },
    kind: 'offline',
    source: 'quantitative',
  },
  {
    id: 'price-lists',
    name: { ru: 'Прайс-листы', en: 'Price lists', zh: '价目表' },
    kind: 'offline',
    source: 'quantitative',
  },
  {
    id: 'price-tags',
    name: { ru: 'Ценники', en: 'Price tags', zh: '价签' },
    kind: 'offline',
    source: 'quantitative',
  },
];
