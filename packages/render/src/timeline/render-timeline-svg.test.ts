import { describe, expect, it } from 'vitest';
import { bankMap, NASTY } from '../test-fixtures.ts';
import { parseXml, xmlText } from '../test-helpers.ts';
import { renderTimelineSvg } from './render-timeline-svg.ts';

const EVENTS = [
  { ts: '2024-09-03T09:00:00+03:00', event: 'card_payment', channel: 'mobile-app', stage: 'use' },
  { ts: '2024-09-01T10:15:00+03:00', event: 'ad_click', channel: 'social-ads', stage: 'search' },
  { ts: '2024-09-01T10:20:30Z', event: 'form_submit', channel: 'website', stage: 'apply' },
];

describe('renderTimelineSvg', () => {
  it('lists events in time order with times in their own zone, channels and stage names', () => {
    const svg = renderTimelineSvg(EVENTS, {
      stages: bankMap('ru').stages,
      lang: 'ru',
      customer: 'client-42',
    });
    const text = xmlText(svg);
    expect(text.indexOf('ad_click')).toBeLessThan(text.indexOf('form_submit'));
    expect(text.indexOf('form_submit')).toBeLessThan(text.indexOf('card_payment'));
    expect(text).toContain('2024-09-01 10:15 +03:00');
    expect(text).toContain('2024-09-01 10:20 UTC');
    expect(text).toContain('social-ads · Поиск');
    expect(text).toContain('Путь клиента во времени');
    expect(text).toContain('client-42');
    expect(text).toMatch(/\+3,1\sч/);
    expect(text).toMatch(/\+1,8\sдн\./);
  });

  it('is deterministic and escapes event texts', () => {
    const events = [{ ts: '2024-09-01T10:15:00Z', event: NASTY.script, channel: NASTY.amp }];
    const svg = renderTimelineSvg(events);
    expect(svg).toBe(renderTimelineSvg(events));
    expect(() => parseXml(svg)).not.toThrow();
    expect(/<script/.test(svg)).toBe(false);
    expect(xmlText(svg)).toContain(NASTY.script);
  });

  it('rejects events without a zone or a name', () => {
    expect(() => renderTimelineSvg([{ ts: '2024-09-01 10:15', event: 'x' }])).toThrow();
    expect(() => renderTimelineSvg([{ ts: '2024-09-01T10:15:00Z', event: '' }])).toThrow();
  });
});
