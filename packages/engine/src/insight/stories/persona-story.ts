import type { StoryEvent } from '../../analytics/story.ts';

const day = (d: number, minutes: number) => new Date(Date.UTC(2026, 4, d, 9, minutes)).toISOString();

/**
 * Three kinds of shop customers, clearly apart (bound by `insightMap`):
 * - ten students on the mobile app (app01–app10): aged 19–23, south, on phones; they open the
 *   app, look at a product, open it again — and buy nothing;
 * - eight office buyers on the website (web01–web08): aged 36–43, north, on desktops; three
 *   catalogue pages over two days, a cart and a purchase of 1500;
 * - six newsletter readers (mail01–mail06): aged 66–71, west, on tablets; two e-mails and one
 *   catalogue page.
 * Age, region and device come with each customer's first event.
 */
export const PERSONA_STORY: readonly StoryEvent[] = [
  ...Array.from({ length: 10 }, (_, i) => {
    const who = `customer_id:app${String(i + 1).padStart(2, '0')}`;
    const profile = { age: 19 + (i % 5), region: 'south', device: 'mobile' };
    return [
      { who, at: day(1 + i, 0), event: 'app_open', channel: 'mobile-app', properties: profile },
      { who, at: day(1 + i, 2), event: 'product_view', channel: 'mobile-app' },
      { who, at: day(1 + i, 4), event: 'app_open', channel: 'mobile-app' },
    ];
  }).flat(),
  ...Array.from({ length: 8 }, (_, i) => {
    const who = `customer_id:web${String(i + 1).padStart(2, '0')}`;
    const profile = { age: 36 + i, region: 'north', device: 'desktop' };
    const page = (d: number, m: number) => ({
      who,
      at: day(d, m),
      event: 'page_view',
      channel: 'website',
      url: '/catalog/laptops',
    });
    return [
      { ...page(1 + i, 0), properties: profile },
      page(1 + i, 6),
      page(2 + i, 0),
      { who, at: day(2 + i, 5), event: 'add_to_cart', channel: 'website' },
      { who, at: day(2 + i, 9), event: 'purchase', channel: 'website', value: 1500 },
    ];
  }).flat(),
  ...Array.from({ length: 6 }, (_, i) => {
    const who = `customer_id:mail${String(i + 1).padStart(2, '0')}`;
    const profile = { age: 66 + i, region: 'west', device: 'tablet' };
    return [
      { who, at: day(1 + i, 0), event: 'email_open', channel: 'email', properties: profile },
      { who, at: day(8 + i, 0), event: 'email_open', channel: 'email' },
      { who, at: day(8 + i, 3), event: 'page_view', channel: 'website', url: '/catalog/tablets' },
    ];
  }).flat(),
];
