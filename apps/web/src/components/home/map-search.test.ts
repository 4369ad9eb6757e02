import { describe, expect, it } from 'vitest';
import { filterMaps } from './map-search.ts';

const maps = [
  { title: 'Покупка ноутбука онлайн' },
  { title: 'Buying a laptop online' },
  { title: 'Buying a laptop online — future state' },
  { title: '在线购买笔记本电脑' },
  { title: 'Ёмкость склада' },
];

describe('map search by title', () => {
  it('keeps every map for an empty or blank query', () => {
    expect(filterMaps(maps, '')).toHaveLength(5);
    expect(filterMaps(maps, '   ')).toHaveLength(5);
  });

  it('finds titles holding every word, whatever the case and order', () => {
    expect(filterMaps(maps, 'ONLINE laptop').map((m) => m.title)).toEqual([
      'Buying a laptop online',
      'Buying a laptop online — future state',
    ]);
    expect(filterMaps(maps, 'future laptop')).toEqual([{ title: 'Buying a laptop online — future state' }]);
  });

  it('finds Russian and Chinese titles; ё and е are the same letter', () => {
    expect(filterMaps(maps, 'ноутбук')).toEqual([{ title: 'Покупка ноутбука онлайн' }]);
    expect(filterMaps(maps, 'емкость')).toEqual([{ title: 'Ёмкость склада' }]);
    expect(filterMaps(maps, '笔记本')).toEqual([{ title: '在线购买笔记本电脑' }]);
  });

  it('finds nothing when a word is missing from every title', () => {
    expect(filterMaps(maps, 'laptop tablet')).toEqual([]);
  });
});
