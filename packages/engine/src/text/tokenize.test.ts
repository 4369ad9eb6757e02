import { describe, expect, it } from 'vitest';
import { segmentZh } from './segment-zh.ts';
import { splitZh, tokenize } from './tokenize.ts';

describe('tokenize and segmentation', () => {
  it('segments Chinese with jieba', () => {
    expect(segmentZh('笔记本电脑不太满意')).toEqual(['笔记本电脑', '不', '太', '满意']);
  });

  it('splits modifiers off sentiment words jieba glued together', () => {
    expect(splitZh('太慢')).toEqual(['太', '慢']);
    expect(splitZh('没人管')).toEqual(['没人', '管']);
    expect(splitZh('笔记本')).toEqual(['笔记本']);
  });

  it('stems Russian and English words and marks clause breaks', () => {
    const ru = tokenize('Доставки нет, курьеры опоздали!', 'ru');
    expect(ru.map((t) => t.key)).toEqual(['доставк', 'нет', ',', 'курьер', 'опозда', '!']);
    expect(ru.filter((t) => t.isBreak).map((t) => t.norm)).toEqual([',', '!']);
    expect(tokenize("Didn't work", 'en').map((t) => t.norm)).toEqual(["didn't", 'work']);
  });
});
