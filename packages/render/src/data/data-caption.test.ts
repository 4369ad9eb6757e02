import { describe, expect, it } from 'vitest';
import { dataCaption, periodText as spelled } from './data-caption.ts';

/** Intl spaces some parts with thin or narrow no-break spaces; compare as plain spaces. */
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
const periodText = (...args: Parameters<typeof spelled>) => plain(spelled(...args));

describe('the period of the figures', () => {
  it('reads a day-long period through its last day, in each language', () => {
    const january = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };
    expect(periodText(january, 'en')).toBe('Jan 1 – 31, 2026');
    expect(periodText(january, 'ru')).toBe('1–31 янв. 2026 г.');
    expect(periodText(january, 'zh')).toBe('2026/1/1 – 2026/1/31');
    // one day: from the 5th to the 6th (excluded) is the 5th alone
    expect(periodText({ from: '2026-03-05T00:00:00.000Z', to: '2026-03-06T00:00:00.000Z' }, 'en')).toBe(
      'Mar 5, 2026',
    );
  });

  it('names open bounds, times of day in UTC, and all time', () => {
    expect(periodText({ from: '2026-01-01T00:00:00.000Z' }, 'en')).toBe('from Jan 1, 2026');
    expect(periodText({ to: '2026-02-01T00:00:00.000Z' }, 'ru')).toBe('по 31 янв. 2026 г. включительно');
    expect(periodText({ to: '2026-02-01T09:30:00.000Z' }, 'en')).toBe('before Feb 1, 2026, 9:30 AM UTC');
    expect(periodText(undefined, 'en')).toBe('all time');
    expect(periodText({}, 'zh')).toBe('全部时间');
  });

  it('gives the period and the conversion window on one line', () => {
    expect(dataCaption({ windowSeconds: 7 * 86_400 }, 'en')).toBe(
      'Period: all time · Conversion window: 7 days',
    );
    expect(
      plain(
        dataCaption(
          {
            period: { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
            windowSeconds: 86_400,
          },
          'ru',
        ),
      ),
    ).toBe('Период: 1–31 янв. 2026 г. · Окно конверсии: 1 дн.');
  });
});
