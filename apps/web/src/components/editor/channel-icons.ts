import { type Language, TOUCHPOINT_CATALOGUE } from '@opencjm/core';

/** An emoji per channel of the touchpoint catalogue; custom channels get the link symbol. */
const ICONS: Readonly<Record<string, string>> = {
  website: '🌐',
  blog: '📝',
  'blog-comments': '💬',
  'social-content': '📱',
  'social-ads': '📣',
  'social-discussions': '🗨️',
  email: '✉️',
  newsletter: '📰',
  'review-sites': '⭐',
  'search-ads': '🔍',
  'contextual-ads': '🎯',
  'mobile-app': '📲',
  faq: '❓',
  support: '🎧',
  crm: '🗂️',
  store: '🏬',
  phone: '📞',
  sms: '📩',
  flyers: '📄',
  billboards: '🪧',
  'price-lists': '📋',
  'price-tags': '🏷️',
};

/** The icon of a channel id. */
export function channelIcon(channel: string): string {
  return ICONS[channel] ?? '🔗';
}

/** The name of a catalogue channel in `lang`, or the id itself for a custom channel. */
export function channelName(channel: string, lang: Language): string {
  return TOUCHPOINT_CATALOGUE.find((entry) => entry.id === channel)?.name[lang] ?? channel;
}
