import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import { periodFromDates, periodLabel } from './period.ts';

describe('the data views’ period', () => {
  it('includes the last day shown: the API’s `to` is the day after it', () => {
    expect(periodFromDates('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(periodFromDates('', '2026-12-31')).toEqual({ to: '2027-01-01' });
    expect(periodFromDates('2026-03-01', '')).toEqual({ from: '2026-03-01' });
    expect(periodFromDates('', '')).toEqual({});
  });

  it('drops an end before the start instead of asking for an empty period', () => {
    expect(periodFromDates('2026-02-10', '2026-02-01')).toEqual({ from: '2026-02-10' });
  });
});

describe('the words of a period', () => {
  const label = (lang: 'en' | 'ru' | 'zh', from: string, through: string) => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(lang, key, params);
    return periodLabel(lang, t, periodFromDates(from, through))?.replace(/\s+/gu, ' ') ?? null;
  };

  it('names the first and the last day shown, in the page’s language', () => {
    expect(label('en', '2026-01-01', '2026-01-31')).toBe('Jan 1 – 31, 2026');
    expect(label('ru', '2026-01-01', '2026-01-31')).toBe('1–31 янв. 2026 г.');
    expect(label('en', '2026-03-05', '2026-03-05')).toBe('Mar 5, 2026');
    expect(label('en', '2026-03-01', '')).toBe('from Mar 1, 2026');
    expect(label('zh', '', '2026-12-31')).toBe('截至 2026年12月31日（含）');
    expect(label('en', '', '')).toBeNull();
  });
});
