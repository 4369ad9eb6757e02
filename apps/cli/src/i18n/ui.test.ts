import { describe, expect, it } from 'vitest';
import { numberFormats } from './numbers.ts';
import { uiLanguage } from './ui.ts';

describe('uiLanguage', () => {
  it('takes --lang first, in either spelling, then the locale, then English', () => {
    expect(uiLanguage(['analyze', 'dfg', '--lang', 'zh'], { LANG: 'ru_RU.UTF-8' })).toBe('zh');
    expect(uiLanguage(['--lang=ru', 'templates'], {})).toBe('ru');
    expect(uiLanguage(['templates'], { LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(uiLanguage(['templates'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('zh');
    expect(uiLanguage(['templates'], { LC_MESSAGES: 'ru_RU', LANG: 'en_US' })).toBe('ru');
    expect(uiLanguage(['templates'], { LC_ALL: '', LANG: 'zh_TW' })).toBe('zh');
    expect(uiLanguage(['templates'], { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(uiLanguage(['templates'], { LANG: 'C' })).toBe('en');
    // `--lang auto` of `cjm sentiment` names the texts' language, not the messages'
    expect(uiLanguage(['sentiment', '--lang', 'auto'], { LANG: 'ru_RU' })).toBe('ru');
  });
});

describe('numberFormats', () => {
  it('writes numbers, shares and p-values one way per language', () => {
    const [en, ru, zh] = [numberFormats('en'), numberFormats('ru'), numberFormats('zh')];
    expect(en.int(1234567)).toBe('1,234,567');
    expect(ru.int(1234567)).toBe('1\u00a0234\u00a0567');
    expect(en.percent(0.75)).toBe('75.0%');
    expect(ru.percent(0.75)).toBe('75,0\u00a0%');
    expect(zh.percent(0.75)).toBe('75.0%');
    expect(en.pValue(0.0152)).toBe('0.015');
    expect(ru.pValue(0.0152)).toBe('0,015');
    expect(en.pValue(0.00001)).toBe('< 0.001');
    expect(en.signedPercent(1.5)).toBe('+150.0%');
    expect(en.fixed(null, 2)).toBe('—');
    expect(en.duration(408)).toBe('6m 48s');
    expect(ru.duration(408)).toBe('6 мин 48 с');
    expect(zh.duration(408)).toBe('6分48秒');
    expect(en.duration(2 * 86_400 + 3 * 3600)).toBe('2d 3h');
  });
});
