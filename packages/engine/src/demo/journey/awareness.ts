import type { Language } from '@opencjm/core';
import { DAY, HOUR, type Journey, SECOND } from './journey.ts';

/** Ad platforms by the customer's language: social networks and search engines. */
const PLATFORMS: Readonly<Record<Language, { social: readonly string[]; search: readonly string[] }>> = {
  ru: { social: ['vk', 'telegram'], search: ['yandex'] },
  en: { social: ['instagram', 'facebook'], search: ['google'] },
  zh: { social: ['wechat', 'douyin'], search: ['baidu'] },
};
const AD_CAMPAIGNS = ['spring-laptops', 'work-from-home', 'students', 'gaming-week'];
const PROMO_CAMPAIGNS = ['weekend-sale', 'clearance', 'black-friday', 'promo-code'];

/**
 * Awareness: how the customer first meets the shop — a social or search ad (clicked on the
 * device), or promo e-mails (opened by an existing subscriber, the last one clicked through
 * to the site). Returns whether the customer goes on to look at laptops.
 */
export function arrive(j: Journey): boolean {
  const how = j.random.weighted(j.profile.arrival);
  const considers = j.random.chance(j.profile.considers);
  if (how === 'promo-email') return promoEmails(j, considers);
  const social = how === 'social-ad';
  const platforms = PLATFORMS[j.customer.lang];
  const source = j.random.pick(social ? platforms.social : platforms.search);
  const landing =
    j.profile.checkout === 'app'
      ? undefined
      : j.profile.checkout === 'store'
        ? `/stores/${citySlug(j.customer.region)}`
        : '/catalog/laptops';
  j.add({
    event: 'ad_click',
    ...j.device(),
    channel: social ? 'social-ads' : 'search-ads',
    source,
    url: landing,
    props: { campaign: j.random.pick(AD_CAMPAIGNS) },
  });
  j.visitSource = source;
  j.pause(8 * SECOND, 0.6);
  return considers;
}

/** 1–3 promo e-mails a few days apart, known only by the e-mail address. */
function promoEmails(j: Journey, clicks: boolean): boolean {
  const mails = j.random.int(1, 3);
  j.story.subscribed = true;
  for (let i = 0; i < mails; i++) {
    if (i > 0) j.pause(3 * DAY, 0.4);
    const campaign = j.random.pick(PROMO_CAMPAIGNS);
    const mail = { channel: 'email', source: 'promo', email: j.customer.ids.email, props: { campaign } };
    j.add({ event: 'email_open', ...mail });
    if (i === mails - 1 && clicks) {
      j.pause(40 * SECOND, 0.5);
      // The tracked link knows the address and opens the site on the device: both ids.
      j.add({ event: 'email_click', ...mail, anonymousId: j.customer.ids.anonymous, url: '/catalog/sale' });
      j.visitSource = 'promo-email';
      j.pause(5 * SECOND, 0.5);
    } else {
      j.pause(6 * HOUR, 1);
    }
  }
  return clicks;
}

/** A region name as a URL part: `Saint Petersburg` → `saint-petersburg`. */
export function citySlug(region: string): string {
  return region.toLowerCase().replaceAll(' ', '-');
}
