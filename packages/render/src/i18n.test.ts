import { LANGUAGES } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { labelled, t } from './i18n.ts';

describe('t', () => {
  it('has a non-empty word for every key in every language', () => {
    const keys = ['evidence.observed', 'status.in-progress', 'heading.opportunities', 'field.owner'] as const;
    for (const lang of LANGUAGES) for (const key of keys) expect(t(lang, key).trim()).not.toBe('');
    expect(t('ru', 'evidence.hypothesis')).toBe('гипотеза');
    expect(t('zh', 'evidence.observed')).toBe('数据观察');
  });

  it('uses the language colon in labels', () => {
    expect(labelled('en', 'field.goal', 'buy')).toBe('Goal: buy');
    expect(labelled('zh', 'field.goal', '购买')).toBe('目标：购买');
  });
});
