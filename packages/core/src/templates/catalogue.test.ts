import { describe, expect, it } from 'vitest';
import { TOUCHPOINT_CATALOGUE } from './catalogue.ts';
import { CatalogueEntry } from './schema.ts';

const byId = new Map(TOUCHPOINT_CATALOGUE.map((entry) => [entry.id, entry]));

describe('touchpoint catalogue', () => {
  it('has every channel of the brief, online then offline', () => {
    const idsOf = (kind: 'online' | 'offline') =>
      TOUCHPOINT_CATALOGUE.filter((entry) => entry.kind === kind).map((entry) => entry.id);
    expect(idsOf('online')).toEqual([
      'website',
      'blog',
      'blog-comments',
      'social-content',
      'social-ads',
      'social-discussions',
      'email',
      'newsletter',
      'review-sites',
      'search-ads',
      'contextual-ads',
      'mobile-app',
      'faq',
      'support',
      'crm',
    ]);
    expect(idsOf('offline')).toEqual([
      'store',
      'phone',
      'sms',
      'flyers',
      'billboards',
      'price-lists',
      'price-tags',
    ]);
  });

  it('has unique ids', () => {
    expect(byId.size).toBe(TOUCHPOINT_CATALOGUE.length);
  });

  it.each(TOUCHPOINT_CATALOGUE.map((entry) => [entry.id, entry] as const))('%s parses', (_, entry) => {
    expect(CatalogueEntry.parse(entry)).toEqual(entry);
  });

  it('classifies sources as article 004 does', () => {
    for (const id of ['website', 'blog', 'search-ads', 'faq', 'crm']) {
      expect(byId.get(id)?.source).toBe('quantitative');
    }
    for (const id of ['blog-comments', 'social-discussions', 'support']) {
      expect(byId.get(id)?.source).toBe('qualitative');
    }
  });
});
